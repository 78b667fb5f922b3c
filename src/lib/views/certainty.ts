import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n';
import { isSettled, type Certainty } from '../content/certainty';
import { pagePath } from '../routes/urls';

/** The anchor of the methodology page's list of verification levels (`STATIC_PAGES.methodology.anchors`). */
export const CERTAINTY_ANCHOR = 'verification';

/** What the one certainty marker shows: its short label, the prefix screen readers hear, the full description and the link. */
export interface CertaintyMarker {
  level: Exclude<Certainty, 'primary-text' | 'official-metadata'>;
  /** Visible, in brackets: "secondary sources". */
  label: string;
  /** Read before the label, visually hidden: "Verification:". */
  prefix: string;
  /** The level explained, as a tooltip: "confirmed by several secondary sources; official page not seen". */
  description: string;
  /** The methodology page's explanation of the levels. */
  href: string;
}

/**
 * The marker of a fact at `level`, or undefined for a settled level (nothing to show).
 * @example certaintyMarker('secondary-single', 'en')?.label // => 'one secondary source'
 * @example certaintyMarker('primary-text', 'de') // => undefined
 */
export function certaintyMarker(
  level: Certainty | null | undefined,
  locale: Locale,
): CertaintyMarker | undefined {
  if (!level || isSettled(level)) return undefined;
  const t = useTranslations(locale);
  const unsettled = level as CertaintyMarker['level'];
  return {
    level: unsettled,
    label: t(`certainty.${unsettled}`),
    prefix: t('certainty.label'),
    description: t(`verification.${unsettled}`),
    href: `${pagePath('methodology', locale)}#${CERTAINTY_ANCHOR}`,
  };
}

/** The marker as plain text, for citation files: "[secondary sources]"; empty for a settled level. */
export function certaintyText(level: Certainty | null | undefined, locale: Locale): string {
  const marker = certaintyMarker(level, locale);
  return marker ? `[${marker.label}]` : '';
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The marker's markup, written in one piece so no formatter can put a space inside the brackets:
 * `<span class="certainty certainty-secondary-single">[<a href="…#verification" title="…"><span class="visually-hidden">Verification: </span>one secondary source</a>]</span>`.
 * Empty for a settled level.
 */
export function certaintyHtml(level: Certainty | null | undefined, locale: Locale): string {
  const m = certaintyMarker(level, locale);
  if (!m) return '';
  return `<span class="certainty certainty-${m.level}">[<a href="${escapeHtml(m.href)}" title="${escapeHtml(m.description)}"><span class="visually-hidden">${escapeHtml(m.prefix)}: </span>${escapeHtml(m.label)}</a>]</span>`;
}
