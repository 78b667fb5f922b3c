import type { Locale } from '../../i18n/locales';
import type { OrderBlock, PlanBlock } from './schemas';

/**
 * Pinpoint citations below the page: a plan block by printed page and paragraph, an order block by
 * section and clause. Pure functions of the texts, so the pages, the cite box and the tests agree.
 *
 * Paragraph numbers count, per printed page, the text blocks (paragraphs, recommended actions, the
 * epigraph and signatures) that start on that page; a block that runs on from the page before
 * belongs to the page it starts on. Headings get the page alone, footnotes their number.
 */

/** Where a plan block stands: its printed page and, for text blocks, its paragraph number there. */
export interface PlanPinpoint {
  page: string;
  /** Paragraph number on `page`, from 1; absent for headings. */
  paragraph?: number;
  /** Footnotes: their number in the plan. */
  footnote?: number;
}

/** Pinpoints of all blocks, by ID, in one pass over the plan in reading order. */
export function planPinpoints(blocks: readonly PlanBlock[]): Map<string, PlanPinpoint> {
  const perPage = new Map<string, number>();
  const out = new Map<string, PlanPinpoint>();
  for (const b of blocks) {
    if (b.kind === 'heading') out.set(b.id, { page: b.printedPage });
    else if (b.kind === 'footnote') out.set(b.id, { page: b.printedPage, footnote: b.number });
    else {
      const n = (perPage.get(b.printedPage) ?? 0) + 1;
      perPage.set(b.printedPage, n);
      out.set(b.id, { page: b.printedPage, paragraph: n });
    }
  }
  return out;
}

const PLAN_WORDS: Record<Locale, { page: string; para: string; note: string }> = {
  de: { page: 'S.', para: 'Abs.', note: 'Fn.' },
  en: { page: 'p.', para: 'para.', note: 'n.' },
};

/**
 * The pinpoint after the work's name, without it:
 * `planPinpointLabel({ page: '15', paragraph: 2 }, 'en') // => 'p. 15, para. 2'`,
 * `planPinpointLabel({ page: '15', paragraph: 2 }, 'de') // => 'S. 15, Abs. 2'`.
 */
export function planPinpointLabel(p: PlanPinpoint, locale: Locale): string {
  const w = PLAN_WORDS[locale];
  const tail =
    p.footnote !== undefined
      ? `, ${w.note} ${p.footnote}`
      : p.paragraph !== undefined
        ? `, ${w.para} ${p.paragraph}`
        : '';
  return `${w.page} ${p.page}${tail}`;
}

/** `planPinpointCitation({ page: '15', paragraph: 2 }, 'de') // => 'Plan, S. 15, Abs. 2'` */
export function planPinpointCitation(p: PlanPinpoint, locale: Locale): string {
  return `Plan, ${planPinpointLabel(p, locale)}`;
}

/** What the parts of a clause path are called, by depth below the section: (a), (i), (A), (1). */
const CLAUSE_WORDS_DE = ['Buchst.', 'Ziff.', 'Unterbuchst.', 'Nr.'] as const;

/**
 * A position in an order, as lawyers write it:
 * `clauseLabel(['4', 'b', 'iii'], 'en') // => 'Sec. 4(b)(iii)'`,
 * `clauseLabel(['4', 'b', 'iii'], 'de') // => 'Abschnitt 4 Buchst. b Ziff. iii'`,
 * `clauseLabel(['4', 'p2'], 'en') // => 'Sec. 4, para. 2'`.
 */
export function clauseLabel(path: readonly string[], locale: Locale): string {
  const [section, ...rest] = path;
  if (section === undefined) throw new Error('clauseLabel: empty path');
  const para = rest.length === 1 ? /^p(\d+)$/.exec(rest[0]!) : null;
  if (locale === 'en') {
    if (para) return `Sec. ${section}, para. ${para[1]}`;
    return `Sec. ${section}${rest.map((l) => `(${l})`).join('')}`;
  }
  if (para) return `Abschnitt ${section} Abs. ${para[1]}`;
  return [
    `Abschnitt ${section}`,
    ...rest.map((l, i) => `${CLAUSE_WORDS_DE[i] ?? 'Nr.'} ${l}`),
  ].join(' ');
}

const PART_WORDS: Record<Locale, Record<'preamble' | 'signature', string>> = {
  de: { preamble: 'Präambel', signature: 'Unterzeichnung' },
  en: { preamble: 'preamble', signature: 'signature' },
};

/** The pinpoint of an order block within the order: `Sec. 4(b)(iii)`, `preamble`. */
export function orderPinpointLabel(
  block: Pick<OrderBlock, 'kind' | 'path'>,
  locale: Locale,
): string {
  if (block.kind === 'preamble' || block.kind === 'signature' || block.path.length === 0) {
    return PART_WORDS[locale][block.kind === 'preamble' ? 'preamble' : 'signature'];
  }
  return clauseLabel(block.path, locale);
}

/** `orderPinpointCitation('14319', block, 'en') // => 'EO 14319, Sec. 4(b)(iii)'` */
export function orderPinpointCitation(
  number: string,
  block: Pick<OrderBlock, 'kind' | 'path'>,
  locale: Locale,
): string {
  return `EO ${number}, ${orderPinpointLabel(block, locale)}`;
}
