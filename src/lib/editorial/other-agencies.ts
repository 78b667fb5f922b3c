import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../content/collections';
import type { GlossAgency } from './agency-mentions';
import { readGermanProse, type ProseFile } from './terminology-check';

/**
 * Agencies the plan does not name (`content/data/other-agencies.json`) and the glosses typed by
 * hand that should come from the data. `checkGlosses` (terminology-check.ts) refuses a bracket after
 * a name exactly as the data spells it; this check refuses what it misses:
 *
 * 1. an acronym opening a bracket with a German description, „(CEQ, Umweltrat des Weißen Hauses)“,
 *    where the data knows the acronym or the English name before it is an agency's;
 * 2. a known name in a shorter spelling („Army Corps of Engineers (Pionierkorps)“ for
 *    "U.S. Army Corps of Engineers");
 * 3. an English agency name the data does not know („Bureau of Land Management (Bundesamt …)“):
 *    add the body to `other-agencies.json` first.
 *
 * Titles are names and are not checked; quotations „…“ are exempt.
 */

/** What the check needs of an agency of either file. */
export interface KnownAgency extends GlossAgency {
  parent?: string | undefined;
}

/** A word that makes an English name an agency's (not "Service" in "Service Providers"). */
const AGENCY_WORD =
  /\b(Office|Council|Committee|Commission|Agency|Administration|Bureau|Department|Institute|Service|Board|Corps|Foundation|Center)\b(?! [A-Z])/;
const ENGLISH_NAME = String.raw`(?:[A-Z][\w’'.&-]*|of|on|and|for|the)`;
/** A run of English name words before a bracket (an optional `agency:` link between them). */
const NAME_BEFORE_BRACKET = new RegExp(
  String.raw`(?<![\w-])([A-Z][\w’'.&-]*(?: ${ENGLISH_NAME})*)(\]\(agency:[a-z0-9-]+\))? \(([^()\n]*)\)`,
  'gu',
);
/** German words that open a sentence or phrase before a name. */
const LEADING_GERMAN =
  /^(?:(?:Das|Der|Die|Dem|Den|Des|Im|Beim|Vom|Zum|Zur|Laut|Auch|Und|Mit|Nach|Von)\s)+/;
/** The English agency name at the end of a run of capitalised words, or undefined. */
function agencyName(run: string): string | undefined {
  const name = run.replace(/^\[/, '').replace(LEADING_GERMAN, '');
  return AGENCY_WORD.test(name) && /^[A-Z]/.test(name) ? name : undefined;
}
/** A bracket that opens with an acronym and a comma: `(CEQ, …)`. */
const ACRONYM_BRACKET = /\(([A-Z][A-Z-]{1,7}), ([^()\n]*)\)/gu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a bracket's text reads as a German description (not a page, a list of acronyms or English words). */
export function isGermanDescription(inside: string): boolean {
  if (/\d/.test(inside)) return false;
  const words = inside.match(/[\p{L}-]+/gu) ?? [];
  if (!words.some((w) => /[a-zäöüß]{3,}/.test(w))) return false;
  return (
    /[äöüß]/.test(inside) ||
    !words.some((w) => ['the', 'of', 'and', 'for', 'on', 'to', 'in', 'a'].includes(w))
  );
}

/** The spellings `checkGlosses` already knows (so a bracket after them is reported once, there). */
function exactNames(agencies: KnownAgency[]): Set<string> {
  return new Set(
    agencies.flatMap((a) => [a.nameEn, a.planName, a.acronym].filter((n): n is string => !!n)),
  );
}

/** Other spellings of a name: without "U.S." or "United States". */
function shortNames(a: KnownAgency): string[] {
  return [a.nameEn, a.planName]
    .filter((n): n is string => !!n)
    .flatMap((n) => {
      const short = n.replace(/^(U\.S\.|United States) /, '');
      return short === n ? [] : [short];
    });
}

function blankQuotations(line: string): string {
  return line.replace(/„[^“]*“/g, (q) => ' '.repeat(q.length));
}

/**
 * Refuses glosses typed by hand that `checkGlosses` does not see (see the module comment).
 *
 * @example checkTypedGlosses([{ file, text: 'Der Council on Environmental Quality (CEQ, Umweltrat) …' }], agencies)
 * // => one problem: write [Council on Environmental Quality](agency:ceq)
 */
export function checkTypedGlosses(files: ProseFile[], agencies: KnownAgency[]): Problem[] {
  const exact = exactNames(agencies);
  const byName = new Map<string, KnownAgency>();
  for (const a of agencies)
    for (const n of [a.nameEn, a.planName, a.acronym]) if (n) byName.set(n, a);
  const byShort = new Map(
    agencies.flatMap((a) => shortNames(a).map((n): [string, KnownAgency] => [n, a])),
  );
  const byAcronym = new Map(agencies.filter((a) => a.acronym).map((a) => [a.acronym!, a]));
  const shortPattern =
    byShort.size > 0
      ? new RegExp(
          `(?<![\\w.-])(${[...byShort.keys()].map(escape).join('|')})(?![\\w-])(\\]\\(agency:[a-z0-9-]+\\))? \\(([^()\\n]*)\\)`,
          'gu',
        )
      : undefined;
  const problems: Problem[] = [];
  for (const { file, text } of files) {
    text.split('\n').forEach((raw, i) => {
      if (raw.startsWith('title:')) return;
      const line = blankQuotations(raw);
      const reported = new Set<number>();
      const report = (at: number, phrase: string, fix: string) => {
        if (reported.has(at)) return;
        reported.add(at);
        problems.push({
          file,
          field: `line ${i + 1}, column ${at + 1}`,
          message: `hand-typed gloss „${phrase}“: an agency's German gloss comes from content/data/agencies.json or other-agencies.json`,
          fix,
        });
      };
      const use = (a: KnownAgency, label: string) =>
        `write [${label}](agency:${a.id}) without the bracket; German pages show „${a.glossDe}“ at the first mention`;
      const add = (label: string) =>
        `add the body to content/data/other-agencies.json (id, nameEn, acronym, glossDe, parent) and write [${label}](agency:<id>) without the bracket`;
      /** Where a bracket after an exact name starts: `checkGlosses` reports those. */
      const coveredByGlossCheck = (bracketAt: number) => {
        const before = line.slice(0, bracketAt - 1).replace(/\]\(agency:[a-z0-9-]+\)$/, '');
        return [...exact].some(
          (n) => before.endsWith(n) && !/[\w-]/.test(before.charAt(before.length - n.length - 1)),
        );
      };
      for (const m of shortPattern ? line.matchAll(shortPattern) : []) {
        const bracketAt = m.index + m[0].lastIndexOf('(');
        if (
          !isGermanDescription(m[3]!.replace(/^[A-Z-]{2,8}, /, '')) ||
          coveredByGlossCheck(bracketAt)
        )
          continue;
        report(bracketAt, m[0], use(byShort.get(m[1]!)!, m[1]!));
      }
      for (const m of line.matchAll(ACRONYM_BRACKET)) {
        if (!isGermanDescription(m[2]!) || coveredByGlossCheck(m.index)) continue;
        const known = byAcronym.get(m[1]!);
        const before = line.slice(0, m.index).trimEnd();
        const run = new RegExp(
          `(${ENGLISH_NAME}(?: ${ENGLISH_NAME})*)(\\]\\(agency:[a-z0-9-]+\\))?$`,
          'u',
        ).exec(before)?.[1];
        const name = run ? agencyName(run) : undefined;
        if (!known && !name) continue;
        report(
          m.index,
          `${name ? `${name} ` : ''}${m[0]}`,
          known ? use(known, name ?? known.acronym!) : add(name!),
        );
      }
      for (const m of line.matchAll(NAME_BEFORE_BRACKET)) {
        const bracketAt = m.index + m[0].lastIndexOf('(');
        const name = agencyName(m[1]!);
        if (
          !name ||
          !isGermanDescription(m[3]!.replace(/^[A-Z-]{2,8}, /, '')) ||
          coveredByGlossCheck(bracketAt)
        )
          continue;
        if ([...byName.keys(), ...byShort.keys()].some((n) => name.endsWith(n))) continue;
        report(bracketAt, `${name} (${m[3]!})`, add(name));
      }
    });
  }
  return problems.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.field.localeCompare(b.field, 'en', { numeric: true }),
  );
}

/**
 * The data of `other-agencies.json` against `agencies.json`: no ID in both files, every parent
 * exists, and no entity link in the data (a comparison provision, a change, a tracker link) points
 * to a body without a page.
 */
export function checkOtherAgencyData(
  agencies: KnownAgency[],
  others: KnownAgency[],
  dataFiles: { file: string; records: unknown }[],
): Problem[] {
  const file = 'content/data/other-agencies.json';
  const problems: Problem[] = [];
  const listed = new Set(agencies.map((a) => a.id));
  const all = new Set([...listed, ...others.map((o) => o.id)]);
  for (const o of others) {
    if (listed.has(o.id))
      problems.push({
        file,
        field: `"${o.id}".id`,
        message: `"${o.id}" is also an ID in content/data/agencies.json`,
        fix: 'an agency the plan names belongs in agencies.json only: remove it here',
      });
    if (o.parent !== undefined && !all.has(o.parent))
      problems.push({
        file,
        field: `"${o.id}".parent`,
        message: `unknown agency ID "${o.parent}"`,
        fix: 'use an ID from content/data/agencies.json or other-agencies.json',
      });
  }
  const textOnly = new Set(others.map((o) => o.id).filter((id) => !listed.has(id)));
  const visit = (value: unknown, at: string, dataFile: string) => {
    if (typeof value === 'string') {
      const id = /^agency:([a-z0-9-]+)/.exec(value)?.[1];
      if (id && textOnly.has(id))
        problems.push({
          file: dataFile,
          field: at,
          message: `"${value}" points to a body without a page (content/data/other-agencies.json)`,
          fix: 'link a page here, or name the body in the prose as [Name](agency:' + id + ')',
        });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${at}[${i}]`, dataFile));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(v, at ? `${at}.${k}` : k, dataFile);
  };
  for (const d of dataFiles) if (d.file !== file) visit(d.records, '', d.file);
  return problems;
}

function readJson(root: string, name: string): unknown {
  const path = join(root, 'content', 'data', name);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : [];
}

/** Both checks over the project's German texts and data files. */
export function checkOtherAgencies(root: string): Problem[] {
  const agencies = readJson(root, 'agencies.json') as KnownAgency[];
  const others = readJson(root, 'other-agencies.json') as KnownAgency[];
  const dataFiles = readdirSync(join(root, 'content', 'data'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: `content/data/${f}`, records: readJson(root, f) }));
  const prose = readGermanProse(root).filter((f) => f.file.endsWith('.md'));
  return [
    ...checkOtherAgencyData(agencies, others, dataFiles),
    ...checkTypedGlosses(prose, [...agencies, ...others]),
  ];
}
