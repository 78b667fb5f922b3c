import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../content/collections';
import { fulltextFiles } from '../fulltext/collections';
import type { OrderBlock, PageBreak } from '../fulltext/schemas';
import { isEnglishQuotation, type ProseFile } from './terminology-check';

/**
 * Checks that a quotation of the plan or an order stands where the text says it does:
 *
 * - every quote link `[words](quote:15)` (German and English texts, bodies and front matter): the
 *   words are on printed page 15 of the plan, or start there and run on across the page break;
 *   `quote:15-16` wants them on pages 15–16; `quote:sec-4-b` wants them in Sec. 4(b) of the order
 *   the page is about (`content/text/<locale>/orders/<n>.md`; elsewhere the order is unknown and
 *   the link is skipped); `quote:-` wants them somewhere in the plan or an order;
 * - every English quotation “…” in the sentence before a page citation (p. 15) / (pp. 15–16);
 * - no English quotation in a German front-matter string outside a quote link (the body has
 *   `checkQuotations` in terminology-check.ts), and no hand-written plan citation („…“, S. 4)
 *   anywhere in a German text, since only quote links can be checked.
 *
 * Words are compared normalised: case, curly and straight quotes, runs of whitespace and soft
 * hyphens do not count, and an ellipsis (… or ...) stands for omitted text within one paragraph.
 * A miss names the file, the line, the words, the locator cited and where the words really are.
 */

/** A searchable text: normalised characters and, for each, the locator it stands at (`''` between blocks). */
export interface QuoteIndex {
  text: string;
  at: string[];
}

/** Where a quotation was found: the locator of its first and of its last character. */
export interface QuoteHit {
  from: string;
  to: string;
}

/** Blocks are joined with this, so that a quotation never runs from one paragraph into the next. */
const SEP = '\u0000';

function normalChar(ch: string): string {
  if (ch === '\u00ad') return '';
  if (/[‘’‚‛′`]/.test(ch)) return "'";
  if (/[“”„‟"«»″]/.test(ch)) return '"';
  if (/[‐‑]/.test(ch)) return '-';
  if (/\s/u.test(ch)) return ' ';
  return ch.toLowerCase();
}

/**
 * How quoted words are compared.
 *
 * @example normalizeQuote('  “Try-first”\u00ad  Culture... ') // => '"try-first" culture…'
 */
export function normalizeQuote(words: string): string {
  return Array.from(words.replace(/\.\.\./g, '…'))
    .map(normalChar)
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Builds an index from texts with a locator per code point (`at(i)`); footnote marks `[^n]` are left out. */
function buildIndex(blocks: { text: string; at: (i: number) => string }[]): QuoteIndex {
  // Pieces joined once at the end, and the last one kept apart: asking a string grown by `+=` for
  // its end flattens it every time, which made the index quadratic in the length of the plan.
  const pieces: string[] = [];
  let last = '';
  const at: string[] = [];
  const append = (piece: string, locator: string) => {
    pieces.push(piece);
    at.push(locator);
    last = piece;
  };
  for (const block of blocks) {
    if (pieces.length) append(SEP, '');
    const chars = Array.from(block.text);
    for (let i = 0; i < chars.length; i++) {
      const mark = chars[i] === '[' ? /^\[\^\d+\]/.exec(chars.slice(i, i + 8).join('')) : null;
      if (mark) {
        i += mark[0].length - 1;
        continue;
      }
      for (const c of normalChar(chars[i]!)) {
        if (c === ' ' && (last === ' ' || last === SEP || last === '')) continue;
        append(c, block.at(i));
      }
    }
  }
  return { text: pieces.join(''), at };
}

/** A plan block as the index needs it (see `planBlockSchema`). */
export interface PlanBlockLike {
  printedPage: string;
  text: string;
  breaks?: PageBreak[];
}

/** The plan by printed page; a block's inline page breaks move the page mid-text. */
export function planIndex(blocks: readonly PlanBlockLike[]): QuoteIndex {
  return buildIndex(
    blocks.map((b) => {
      const breaks = [...(b.breaks ?? [])].sort((x, y) => x.offset - y.offset);
      return {
        text: b.text,
        at: (i: number) =>
          breaks.filter((br) => br.offset <= i).at(-1)?.printedPage ?? b.printedPage,
      };
    }),
  );
}

/** An order by clause: the locator of a block is its path joined with hyphens (`4-b-iii`), or `preamble`. */
export function orderIndex(
  blocks: readonly Pick<OrderBlock, 'kind' | 'path' | 'text'>[],
): QuoteIndex {
  return buildIndex(
    blocks.map((b) => ({ text: b.text, at: () => (b.path.length ? b.path.join('-') : b.kind) })),
  );
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Every place the quoted words stand in the index (whole words; "…" skips text within the paragraph). */
export function findQuote(index: QuoteIndex, words: string): QuoteHit[] {
  const norm = normalizeQuote(words);
  const parts = norm
    .split('…')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return [];
  const openStart = norm.startsWith('…');
  const openEnd = norm.endsWith('…');
  const { text } = index;
  const bounded = (from: number, part: string, first: boolean, last: boolean) =>
    (!first || openStart || !isWordChar(part[0]) || !isWordChar(text[from - 1])) &&
    (!last || openEnd || !isWordChar(part.at(-1)) || !isWordChar(text[from + part.length]));
  const hits: QuoteHit[] = [];
  for (
    let start = text.indexOf(parts[0]!);
    start !== -1;
    start = text.indexOf(parts[0]!, start + 1)
  ) {
    if (!bounded(start, parts[0]!, true, parts.length === 1)) continue;
    let end = start + parts[0]!.length;
    let ok = true;
    for (let k = 1; k < parts.length && ok; k++) {
      const part = parts[k]!;
      let next = text.indexOf(part, end);
      while (next !== -1 && !bounded(next, part, false, k === parts.length - 1))
        next = text.indexOf(part, next + 1);
      if (next === -1 || text.slice(end, next).includes(SEP)) ok = false;
      else end = next + part.length;
    }
    if (ok) hits.push({ from: index.at[start]!, to: index.at[end - 1]! });
  }
  return hits;
}

/** The texts quotations are checked against. */
export interface QuoteSources {
  plan: QuoteIndex;
  /** Orders with a full text, by number. */
  orders: Map<string, QuoteIndex>;
}

const pageNo = (p: string) => (/^\d+$/.test(p) ? Number(p) : NaN);

/** Whether a hit satisfies a page locator `15` (starts on 15) or `15-16` (lies within 15–16). */
function onPages(hit: QuoteHit, locator: string): boolean {
  const [a, b] = locator.split('-').map(Number) as [number, number | undefined];
  if (b === undefined) return pageNo(hit.from) === a;
  return (
    pageNo(hit.from) >= a && pageNo(hit.from) <= b && pageNo(hit.to) >= a && pageNo(hit.to) <= b
  );
}

const pagesLabel = (hits: QuoteHit[]) =>
  [...new Set(hits.map((h) => (h.from === h.to ? `p. ${h.from}` : `pp. ${h.from}–${h.to}`)))].join(
    ', ',
  );

const clauseLabel = (key: string) =>
  key === 'preamble' || key === 'signature'
    ? key
    : `Sec. ${key
        .split('-')
        .map((x, i) => (i === 0 ? x : /^p\d+$/.test(x) ? `, para. ${x.slice(1)}` : `(${x})`))
        .join('')}`;

/** Where else the words stand, for a message: `p. 15`, `EO 14319 Sec. 3(b)`. */
function elsewhere(sources: QuoteSources, words: string): string {
  const plan = findQuote(sources.plan, words);
  if (plan.length) return `the plan, ${pagesLabel(plan)}`;
  for (const [n, index] of sources.orders) {
    const hits = findQuote(index, words);
    if (hits.length)
      return `EO ${n}, ${[...new Set(hits.map((h) => clauseLabel(h.from)))].join(', ')}`;
  }
  return '';
}

/** The line (from 1) of a character offset. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Link text as the reader sees it: escapes (Markdown, YAML `\"`) and emphasis marks removed. */
const linkWords = (raw: string) =>
  raw.replace(/\\(.)/g, '$1').replace(/[*_]{1,2}(\S[^*_]*\S|\S)[*_]{1,2}/g, '$1');

/** Counts of what the check looked at, for reports. */
export interface QuoteStats {
  verified: number;
  /** `quote:sec-…` links where the order is unknown or has no full text. */
  skipped: { file: string; line: number; locator: string; why: string }[];
}

/**
 * Checks the quote links `[words](quote:…)` of prose files against the plan and the orders.
 *
 * @example checkQuoteLinks([{ file: 'content/text/de/x.md', text: '… ([prevent the premature decommissioning](quote:14))' }], sources)
 * // => [{ file, field: 'line 1', message: '… not on p. 14 of the plan', fix: 'cite quote:15 …' }]
 */
export function checkQuoteLinks(
  files: readonly ProseFile[],
  sources: QuoteSources,
  stats?: QuoteStats,
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, text } of files) {
    const order = /content\/text\/[a-z]{2}\/orders\/(\d+)\.md$/.exec(file)?.[1];
    for (const m of text.matchAll(/\[((?:\\.|[^\]\\])*)\]\(quote:([^)\s]*)\)/g)) {
      const words = linkWords(m[1]!);
      const locator = m[2]!;
      const line = lineOf(text, m.index);
      const field = `line ${line}`;
      const shown = words.length > 80 ? `${words.slice(0, 77)}…` : words;
      const where = () => elsewhere(sources, words);
      const notFound = `quote the words exactly as the source prints them (content/fulltext/), or correct the locator`;
      if (/^\d+(-\d+)?$/.test(locator)) {
        const hits = findQuote(sources.plan, words);
        if (stats) stats.verified++;
        if (hits.some((h) => onPages(h, locator))) continue;
        const cited = locator.includes('-') ? `pp. ${locator.replace('-', '–')}` : `p. ${locator}`;
        problems.push({
          file,
          field,
          message: `quotation „${shown}“ (quote:${locator}) is not on ${cited} of the plan${where() ? `; it stands in ${where()}` : ', nor anywhere else in the plan or an order'}`,
          fix: hits.length
            ? `cite the page it starts on: quote:${hits[0]!.from}${hits.length > 1 ? ` (it stands on ${pagesLabel(hits)}; pick the passage meant)` : ''}`
            : notFound,
        });
      } else if (locator.startsWith('sec-')) {
        const index = order === undefined ? undefined : sources.orders.get(order);
        if (!index) {
          stats?.skipped.push({
            file,
            line,
            locator,
            why:
              order === undefined
                ? 'the order cannot be told from the file'
                : `EO ${order} has no full text`,
          });
          continue;
        }
        if (stats) stats.verified++;
        const prefix = locator.slice('sec-'.length);
        const hits = findQuote(index, words);
        if (hits.some((h) => h.from === prefix || h.from.startsWith(`${prefix}-`))) continue;
        problems.push({
          file,
          field,
          message: `quotation „${shown}“ (quote:${locator}) is not in ${clauseLabel(prefix)} of EO ${order}${hits.length ? `; it stands in ${[...new Set(hits.map((h) => clauseLabel(h.from)))].join(', ')}` : where() ? `; it stands in ${where()}` : ''}`,
          fix: hits.length
            ? `cite the section it stands in: quote:sec-${hits[0]!.from.replace(/-p\d+$/, '')}`
            : notFound,
        });
      } else if (locator === '-') {
        if (stats) stats.verified++;
        if (where()) continue;
        problems.push({
          file,
          field,
          message: `quotation „${shown}“ (quote:-) is neither in the plan nor in an order`,
          fix: notFound,
        });
      }
    }
  }
  return problems;
}

/**
 * Checks the English convention “quoted words” (p. 15): every curly quotation in the sentence before
 * a page citation (p. 15) or (pp. 15–16), back to the previous citation, must stand on that page.
 */
export function checkEnglishPageQuotes(
  files: readonly ProseFile[],
  sources: QuoteSources,
  stats?: QuoteStats,
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, text } of files) {
    let from = 0;
    for (const c of text.matchAll(/\((?:p|pp)\. (\d+)(?:[–-](\d+))?\)/g)) {
      const locator = c[2] ? `${c[1]}-${c[2]}` : c[1]!;
      const before = text.slice(from, c.index);
      from = c.index + c[0].length;
      // The sentence the citation closes: back to the line start or the end of the sentence before.
      const lineStart = before.lastIndexOf('\n') + 1;
      const sentenceEnds = [...before.slice(lineStart).matchAll(/[.!?][”"]?\s+(?=[A-Z“[])/g)];
      const sentenceStart =
        lineStart +
        (sentenceEnds.length ? sentenceEnds.at(-1)!.index + sentenceEnds.at(-1)![0].length : 0);
      const sentence = before.slice(sentenceStart);
      const offset = c.index - before.length + sentenceStart;
      for (const q of sentence.matchAll(/“([^”]*)”/g)) {
        const words = linkWords(q[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')).replace(
          /[,.;:]$/,
          '',
        );
        if (!words.trim()) continue;
        if (stats) stats.verified++;
        const hits = findQuote(sources.plan, words);
        if (hits.some((h) => onPages(h, locator))) continue;
        const where = elsewhere(sources, words);
        const cited = c[2] ? `pp. ${c[1]}–${c[2]}` : `p. ${c[1]}`;
        problems.push({
          file,
          field: `line ${lineOf(text, offset + q.index)}`,
          message: `quotation “${words.length > 80 ? `${words.slice(0, 77)}…` : words}” (${cited}) is not on ${cited} of the plan${where ? `; it stands in ${where}` : ', nor anywhere else in the plan or an order'}`,
          fix: hits.length
            ? `cite the page it starts on: (p. ${hits[0]!.from})`
            : 'quote the words exactly as the plan prints them (content/fulltext/plan.en.json), or correct the page',
        });
      }
    }
  }
  return problems;
}

/** A title in a quotation („Blueprint for an AI Bill of Rights“): every word of four letters or more capitalised. */
const isTitle = (q: string) => (q.match(/[\p{L}’'-]{4,}/gu) ?? []).every((w) => /^\p{Lu}/u.test(w));

/**
 * German texts: refuses an English quotation in a front-matter string (it belongs in a quote link,
 * like in the body) and a hand-written plan citation („…“, S. 4) anywhere, which no check can verify.
 */
export function checkGermanQuotations(files: readonly ProseFile[]): Problem[] {
  const problems: Problem[] = [];
  const fix =
    'say it in German and put the original after the sentence as a quote link: … verhindern ([prevent the premature decommissioning …](quote:15))';
  for (const { file, text } of files) {
    if (!file.endsWith('.md')) continue;
    const frontEnd = text.startsWith('---') ? text.indexOf('\n---', 3) : -1;
    for (const m of text.matchAll(/„([^“]*)“(,?\s*S\.\s*\d+)?/g)) {
      const inFront = m.index < frontEnd;
      const cited = m[2] !== undefined;
      if (!cited && !(inFront && isEnglishQuotation(m[1]!) && !isTitle(m[1]!))) continue;
      problems.push({
        file,
        field: `line ${lineOf(text, m.index)}`,
        message: cited
          ? `hand-written plan citation „${m[1]!.slice(0, 60)}“${m[2]}: only a quote link can be checked against the page`
          : `English quotation „${m[1]!.slice(0, 60)}“ built into a German front-matter sentence`,
        fix,
      });
    }
  }
  return problems;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function readTexts(root: string, locale: string): ProseFile[] {
  return walk(join(root, 'content', 'text', locale))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: relative(root, f).replace(/\\/g, '/'), text: readFileSync(f, 'utf8') }));
}

/** The plan and the orders of `content/fulltext/` as search indexes. */
export function readQuoteSources(root: string): QuoteSources {
  const plan = fulltextFiles(root, 'planText')[0]?.data.blocks as PlanBlockLike[] | undefined;
  return {
    plan: planIndex(plan ?? []),
    orders: new Map(
      fulltextFiles(root, 'orderTexts').map((f) => [
        f.id,
        orderIndex(f.data.blocks as OrderBlock[]),
      ]),
    ),
  };
}

/** All quotation checks over the project's texts; `stats` collects counts for reports. */
export function checkQuotes(root: string, stats?: QuoteStats): Problem[] {
  const sources = readQuoteSources(root);
  const de = readTexts(root, 'de');
  const en = readTexts(root, 'en');
  return [
    ...checkQuoteLinks([...de, ...en], sources, stats),
    ...checkEnglishPageQuotes(en, sources, stats),
    ...checkGermanQuotations(de),
  ];
}
