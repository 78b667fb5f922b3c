import type { Locale } from '../../i18n/locales';
import type { Deadline, Order, PriorInstrument } from '../content/model';

/**
 * The language-neutral facts that still carry words, in the reader's language. Every such field has
 * a German twin in the data (`dueNoteDe`, `agenciesTaskedDe`, `kindDe`); the schema refuses one
 * missing.
 */

/** Why a deadline has no fixed date. */
export function dueNoteIn(
  d: Pick<Deadline, 'dueNote' | 'dueNoteDe'>,
  locale: Locale,
): string | null {
  return locale === 'de' ? d.dueNoteDe : d.dueNote;
}

/** The offices and officials an order tasks. */
export function agenciesTaskedIn(
  o: Pick<Order, 'agenciesTasked' | 'agenciesTaskedDe'>,
  locale: Locale,
): string[] {
  return locale === 'de' ? o.agenciesTaskedDe : o.agenciesTasked;
}

/** The kind of a prior instrument. */
export function kindIn(p: Pick<PriorInstrument, 'kindEn' | 'kindDe'>, locale: Locale): string {
  return locale === 'de' ? p.kindDe : p.kindEn;
}

/**
 * A Federal Register citation with German page abbreviations and an en dash on German pages.
 *
 * @example citationIn('90 FR 8741 (pp. 8741-8742)', 'de') // => '90 FR 8741 (S. 8741–8742)'
 */
export function citationIn(citation: string, locale: Locale): string {
  if (locale !== 'de') return citation;
  return citation.replace(/\bpp?\. (\d+)-(\d+)/g, 'S. $1–$2').replace(/\bp\. (\d+)/g, 'S. $1');
}
