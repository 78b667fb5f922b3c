import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GLOSSED_AGENCY_COLLECTIONS, type Problem } from '../content/collections';
import type { GlossAgency } from './agency-mentions';

/**
 * Checks of the German prose that the data can decide: fixed terms (`content/data/terminology.json`)
 * and agency glosses (`content/data/agencies.json`). Every message names the file, the line, the
 * variant found and the preferred form.
 */

/** A rendering the German texts must not use. */
export interface ForbiddenVariant {
  /** How the variant reads, for the message. */
  variant: string;
  /** JavaScript regular expression (unicode, case-sensitive) that finds it. */
  pattern: string;
  /** What to write instead. */
  preferred: string;
  /** Why. */
  reason: string;
  /** Also refuse the variant inside a quotation „…“ (default: quotations are exempt). */
  inQuotes?: boolean;
}

export interface Term {
  en: string;
  de: string;
  fixed?: boolean;
  note?: string;
  forbidden?: ForbiddenVariant[];
}

/** A prose file: its project-relative path and its text. */
export interface ProseFile {
  file: string;
  text: string;
}

/** Blanks out quotations „…“ (keeping columns), so that a quoted original is not held to German terms. */
function withoutQuotations(line: string): string {
  return line.replace(/„[^“]*“/g, (q) => ' '.repeat(q.length));
}

/**
 * Refuses forbidden variants in German texts.
 *
 * @example checkTerminology([{ file: 'content/text/de/x.md', text: 'Die Order verlangt …' }], terms)
 * // => [{ file: 'content/text/de/x.md', field: 'line 1', message: '„Order“ …', fix: 'write „der Erlass …“ …' }]
 */
export function checkTerminology(files: ProseFile[], terms: Term[]): Problem[] {
  const rules = terms.flatMap((t) =>
    (t.forbidden ?? []).map((f) => ({ ...f, regex: new RegExp(f.pattern, 'gu') })),
  );
  const problems: Problem[] = [];
  for (const { file, text } of files) {
    text.split('\n').forEach((raw, i) => {
      for (const rule of rules) {
        const line = rule.inQuotes ? raw : withoutQuotations(raw);
        for (const match of line.matchAll(rule.regex)) {
          problems.push({
            file,
            field: `line ${i + 1}, column ${match.index + 1}`,
            message: `forbidden variant „${match[0]}“ (${rule.variant}): ${rule.reason}`,
            fix: `write ${rule.preferred} (content/data/terminology.json)`,
          });
        }
      }
    });
  }
  return problems;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Refuses glosses typed by hand after an agency's name or acronym („OMB (Haushaltsbehörde …)“,
 * „[NIST](agency:nist) (Normungsinstitut)“) and agency mentions with an unknown ID. A bracket that
 * holds only the acronym, a page („S. 3“) or anything with a digit is not a gloss. Titles are names
 * and are not checked.
 */
export function checkGlosses(files: ProseFile[], agencies: GlossAgency[]): Problem[] {
  const byName = new Map<string, GlossAgency>();
  for (const a of agencies)
    for (const n of [a.nameEn, a.planName, a.acronym]) if (n) byName.set(n, a);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape);
  const glossed = new RegExp(
    `(?<![\\w-])(${names.join('|')})(?![\\w-])(\\]\\(agency:[a-z0-9-]+\\))? \\(([^()\\n]*)\\)`,
    'gu',
  );
  const ids = new Set(agencies.map((a) => a.id));
  const problems: Problem[] = [];
  for (const { file, text } of files) {
    text.split('\n').forEach((line, i) => {
      if (line.startsWith('title:')) return;
      for (const m of line.matchAll(/\]\(agency:([a-z0-9-]+)/g)) {
        if (!ids.has(m[1]!))
          problems.push({
            file,
            field: `line ${i + 1}`,
            message: `agency mention "agency:${m[1]}" names no agency in content/data/agencies.json`,
            fix: 'use an ID from content/data/agencies.json',
          });
      }
      for (const m of line.matchAll(glossed)) {
        const agency = byName.get(m[1]!)!;
        const inside = m[3]!;
        if (inside === agency.acronym || /\d/.test(inside) || /^(S\.|Sec\.|p\.)/.test(inside))
          continue;
        problems.push({
          file,
          field: `line ${i + 1}, column ${m.index + 1}`,
          message: `hand-typed gloss „${m[0]}“: glosses come from content/data/agencies.json`,
          fix: `write [${m[1]!}](agency:${agency.id}) without the bracket; German pages show „${agency.glossDe}“ at the first mention`,
        });
      }
    });
  }
  return problems;
}

const ENGLISH = new Set([
  'the',
  'and',
  'of',
  'to',
  'for',
  'that',
  'with',
  'shall',
  'is',
  'are',
  'be',
  'on',
  'in',
  'a',
  'an',
  'by',
  'from',
  'as',
  'or',
  'not',
  'will',
  'should',
  'may',
  'can',
  'its',
  'their',
  'this',
  'all',
  'at',
  'such',
  'than',
  'into',
  'our',
  'we',
]);
const GERMAN = new Set([
  'der',
  'die',
  'das',
  'und',
  'ist',
  'nicht',
  'mit',
  'für',
  'von',
  'zu',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'im',
  'auf',
  'sich',
  'als',
  'wie',
  'oder',
]);

/** Whether a quotation reads as English prose (three words or more, English function words, no German ones). */
export function isEnglishQuotation(quote: string): boolean {
  const words = quote.match(/[\p{L}’'-]+/gu) ?? [];
  return (
    words.length >= 3 &&
    words.some((w) => ENGLISH.has(w)) &&
    !words.some((w) => GERMAN.has(w)) &&
    !/[äöüß]/.test(quote)
  );
}

/**
 * Refuses an English quotation built into a German sentence in a Markdown body: it belongs after
 * the German sentence, in brackets, through `[…](quote:15)` (`remark-quotations`). Files on the
 * backlog (`content/data/quotation-backlog.json`) are still to be converted; the check also refuses a
 * backlog entry that has nothing left to convert, so the list only shrinks.
 */
export function checkQuotations(files: ProseFile[], backlog: string[]): Problem[] {
  const problems: Problem[] = [];
  const onBacklog = new Set(backlog);
  for (const { file, text } of files) {
    if (!file.endsWith('.md')) continue;
    const bodyStart = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
    const offset = text.slice(0, bodyStart).split('\n').length - 1;
    const found: Problem[] = [];
    text
      .slice(bodyStart)
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(/„([^“]*)“/g)) {
          if (!isEnglishQuotation(m[1]!)) continue;
          found.push({
            file,
            field: `line ${offset + i + 1}, column ${m.index + 1}`,
            message: `English quotation „${m[1]!.slice(0, 60)}“ built into a German sentence`,
            fix: 'say it in German and put the original after the sentence: … verhindern ([prevent the premature decommissioning …](quote:15))',
          });
        }
      });
    const listed = onBacklog.has(file);
    if (!listed) problems.push(...found);
    else if (found.length === 0)
      problems.push({
        file,
        field: '(file)',
        message:
          'the file is on the quotation backlog but has no English quotation left to convert',
        fix: 'remove it from content/data/quotation-backlog.json',
      });
  }
  return problems;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The prose files of one language, with project-relative paths. */
export function readProse(root: string, locale: string): ProseFile[] {
  return walk(join(root, 'content', 'text', locale))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ file: relative(root, f).replace(/\\/g, '/'), text: readFileSync(f, 'utf8') }));
}

/** The German prose files of the project (texts and UI strings), with project-relative paths. */
export function readGermanProse(root: string): ProseFile[] {
  const ui = join(root, 'src', 'i18n', 'ui', 'de.ts');
  return [
    ...walk(join(root, 'content', 'text', 'de')).filter((f) => f.endsWith('.md')),
    ...(existsSync(ui) ? [ui] : []),
  ]
    .sort()
    .map((f) => ({ file: relative(root, f).replace(/\\/g, '/'), text: readFileSync(f, 'utf8') }));
}

/** Terminology and gloss checks over the project's German texts. */
export function checkProse(root: string): Problem[] {
  const files = readGermanProse(root);
  const termsPath = join(root, 'content', 'data', 'terminology.json');
  const terms = existsSync(termsPath)
    ? (JSON.parse(readFileSync(termsPath, 'utf8')) as { terms: Term[] }).terms
    : [];
  const agencies = GLOSSED_AGENCY_COLLECTIONS.flatMap(
    (c) =>
      JSON.parse(readFileSync(join(root, 'content', 'data', `${c}.json`), 'utf8')) as GlossAgency[],
  );
  const backlogPath = join(root, 'content', 'data', 'quotation-backlog.json');
  const backlog = existsSync(backlogPath)
    ? (JSON.parse(readFileSync(backlogPath, 'utf8')) as { files: string[] }).files
    : [];
  return [
    ...checkTerminology(files, terms),
    ...checkGlosses(files, agencies),
    ...checkQuotations(files, backlog),
  ];
}
