import type { Locale } from '../../i18n/locales';
import { PLAN_TITLE } from '../content/plan';
import { formatDate } from '../views/format';
import type { Styled } from './formats';
import type { DocSection, Order, PriorInstrument } from '../content/model';
import { isSettled, weakest, type Certainty } from '../content/certainty';

/**
 * Citations of the US originals a page is about: the plan with its printed page, an executive order
 * with its Federal Register citation (and section), a prior instrument with what is known of it.
 * Page numbers are the printed ones, as readers of the paper or the PDF see them; the PDF page
 * follows in brackets because the two differ by three.
 */

export { PLAN_TITLE };
const PLAN_MONTH: Record<Locale, string> = { de: 'Juli 2025', en: 'July 2025' };

function pageLabel(printed: string, locale: Locale): string {
  const range = /[-–]/.test(printed);
  const pages = printed.replace('-', '–');
  if (locale === 'de') return `S. ${pages}`;
  return `${range ? 'pp.' : 'p.'} ${pages}`;
}

function pdfLabel(pdf: string, locale: Locale): string {
  return locale === 'de' ? `PDF-S. ${pdf}` : `PDF p. ${pdf}`;
}

/** The plan, at a printed page or page range: "The White House, *Winning the Race…*, July 2025, p. 8 (PDF p. 11)." */
export function planCitation(locale: Locale, printed?: string, pdf?: string): Styled {
  const at = printed
    ? `, ${pageLabel(printed, locale)}${pdf ? ` (${pdfLabel(pdf, locale)})` : ''}`
    : '';
  return [
    { text: 'The White House, ' },
    { text: PLAN_TITLE, italic: true },
    { text: `, ${PLAN_MONTH[locale]}${at}.` },
  ];
}

/** "90 FR 8741" → "90 Fed. Reg. 8741", the form legal citations use; anything else (e.g. "n/a") yields nothing. */
export function federalRegister(citation: string | null): string | undefined {
  const match = citation ? /^(\d+)\s+FR\s+(\d+)/.exec(citation) : null;
  return match ? `${match[1]} Fed. Reg. ${match[2]}` : undefined;
}

interface EoFacts {
  number: string;
  citation: string | null;
  /** The Federal Register date; the signing date when it is unknown. */
  date: string | null;
}

/** Bluebook form: "Exec. Order No. 14179, § 3, 90 Fed. Reg. 8741 (Jan. 31, 2025)." */
function eoCitation(eo: EoFacts, locale: Locale, section?: string): Styled {
  const parts = [`Exec. Order No. ${eo.number}`];
  if (section) parts.push(`§ ${section}`);
  const fr = federalRegister(eo.citation);
  if (fr) parts.push(fr);
  const date = eo.date ? ` (${formatDate(eo.date, locale)})` : '';
  return [{ text: `${parts.join(', ')}${date}.` }];
}

export function orderCitation(order: Order, locale: Locale, section?: string): Styled {
  return eoCitation(
    {
      number: order.number,
      citation: order.citation,
      date: order.frPublicationDate ?? order.signingDate,
    },
    locale,
    section,
  );
}

/** One citation per section, for the order page's list of pinpoint citations. */
export function orderSectionCitations(
  order: Order,
  locale: Locale,
): { section: DocSection; citation: Styled }[] {
  return order.sections.map((section) => ({
    section,
    citation: orderCitation(order, locale, section.number),
  }));
}

/** An executive order of the prior administration like an order; other instruments by kind, number, title and date. */
export function priorCitation(doc: PriorInstrument, locale: Locale): Styled {
  if (doc.kindEn === 'Executive order' && doc.number) {
    return eoCitation(
      { number: doc.number, citation: doc.citation, date: doc.frPublicationDate ?? doc.date },
      locale,
    );
  }
  const designation = doc.number ? `${doc.kindEn} ${doc.number}` : doc.kindEn;
  const fr = federalRegister(doc.citation);
  const when = fr ? (doc.frPublicationDate ?? doc.date) : doc.date;
  const date = when ? ` (${formatDate(when, locale)})` : '';
  return [
    { text: `${designation}, ` },
    { text: doc.titleEn, italic: true },
    { text: `${fr ? `, ${fr}` : ''}${date}.` },
  ];
}

/**
 * How certain the facts of an original's citation are (its Federal Register citation and date), or
 * undefined where they are settled: the cite box shows the marker, the citation files a note.
 */
export function originalCertainty(
  doc: { kind: 'order'; order: Order } | { kind: 'prior'; prior: PriorInstrument },
): Certainty | undefined {
  const level =
    doc.kind === 'order'
      ? doc.order.citationCheck
      : federalRegister(doc.prior.citation)
        ? weakest(doc.prior.citationCheck, doc.prior.dateCheck)
        : doc.prior.dateCheck;
  return isSettled(level) ? undefined : level;
}
