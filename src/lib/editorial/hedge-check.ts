import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../content/collections';
import { readProse, type ProseFile } from './terminology-check';

/**
 * No ad-hoc hedges in prose for what the data knows (issue 13, item 4). How certain a date, a
 * Federal Register citation or a successor is lives in `content/data/` as a verification level, and
 * the site shows one marker from it (`src/lib/content/certainty.ts`); prose states such a fact with a
 * fact link, `[3 April 2025](fact:document:omb-m-25-21#date)`, instead of typing "reportedly" or
 * "a date confirmed only by secondary sources" into the sentence.
 *
 * The list is deliberately narrow. It refuses words that only hedge (reportedly, unverified, not
 * verified, unconfirmed, according to reports, and their German twins) and hedges on a date. It
 * leaves alone statements about the world or about the editors' work that no level could replace:
 * "no official text was found", "we did not read the memorandum", "the date is not known", and
 * attributions of what a document says, "according to secondary sources, the rule imposed …" (the data
 * has no level for a paraphrase). Quotations and code are exempt.
 *
 * Files on the backlog (`content/data/hedge-backlog.json`) still hedge and are to be rewritten; the
 * check refuses a listed file with no hedge left, so the list only shrinks.
 */

export interface Hedge {
  /** How the hedge reads, for the message. */
  phrase: string;
  pattern: RegExp;
  fix: string;
}

const FACT_LINK_FIX =
  'if it hedges a date, citation or successor the data records, write the fact as a fact link ([3 April 2025](fact:document:omb-m-25-21#date), [replaced by M-25-21](fact:prior:omb-m-24-10#fate)) and drop the hedge: the marker comes from its verification level';
const OTHERWISE =
  '; otherwise name the source ("Just Security reports …") or say plainly what is not known ("no official text was found")';

export const HEDGES: Record<'de' | 'en', Hedge[]> = {
  en: [
    { phrase: 'reportedly', pattern: /\breportedly\b/giu, fix: FACT_LINK_FIX + OTHERWISE },
    {
      phrase: 'unverified / not verified',
      pattern: /\b(?:unverified|not verified)\b/giu,
      fix: FACT_LINK_FIX + OTHERWISE,
    },
    {
      phrase: 'unconfirmed / not confirmed',
      pattern: /\b(?:unconfirmed|not confirmed)\b/giu,
      fix: FACT_LINK_FIX + OTHERWISE,
    },
    {
      phrase: 'according to … reports',
      pattern: /\baccording to (?:[\p{L}-]+ )?reports\b/giu,
      fix: FACT_LINK_FIX + OTHERWISE,
    },
    {
      phrase: 'is/are reported to/by',
      pattern: /\b(?:is|are|was|were) reported (?:to|by|as)\b/giu,
      fix: FACT_LINK_FIX + OTHERWISE,
    },
    {
      phrase: 'a date hedged with secondary sources',
      pattern: /\bdates?\b[^.;:()]{0,70}?\bsecondary sources?\b/giu,
      fix: 'write the date as a fact link ([11 December 2025](fact:document:omb-m-26-04#date)); its marker says that it rests on secondary sources',
    },
  ],
  de: [
    {
      phrase: '(…)Berichten … zufolge',
      pattern: /\p{L}*berichten\b[^.;:]{0,80}?\bzufolge\b/giu,
      fix: FACT_LINK_FIX + OTHERWISE,
    },
    {
      phrase: 'laut Berichten',
      pattern: /\blaut \p{L}*berichten\b/giu,
      fix: FACT_LINK_FIX + OTHERWISE,
    },
    {
      phrase: 'nicht bestätigt / unbestätigt / (ließ sich) nicht bestätigen',
      pattern: /\b(?:nicht bestätigt|unbestätigt)\p{L}*|\bnicht (?:zu )?bestätigen\b/giu,
      fix: FACT_LINK_FIX + OTHERWISE,
    },
    {
      // „Nicht geprüft:“ as a label and „… ist/sind nicht geprüft“ hedge; „wurde für diese Seite nicht geprüft“ reports the editors' work, as "was not read" does in English.
      phrase: 'nicht verifiziert / nicht geprüft / ungeprüft',
      pattern:
        /(?:^|(?<=[(:;,–]\s?)|\b(?:ist|sind|bleibt|bleiben) )nicht geprüft\b|\b(?:nicht verifiziert|unverifiziert|ungeprüft)\p{L}*/giu,
      fix: FACT_LINK_FIX + OTHERWISE,
    },
    {
      phrase: 'ein Datum mit Sekundärquellen abgesichert',
      pattern: /\b\p{L}*datum\b(?:[^.;:()]|(?<=\d)\.(?=\s)){0,90}?\bSekundärquellen?\b/giu,
      fix: 'das Datum als Faktenlink schreiben ([11. Dezember 2025](fact:document:omb-m-26-04#date)); sein Zeichen sagt, dass es nur auf Sekundärquellen beruht',
    },
  ],
};

/** Quotations („…“, “…”, "…" and `[…](quote:…)`) and code are blanked out, keeping columns. */
function withoutQuotedText(line: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return line
    .replace(/`[^`]*`/g, blank)
    .replace(/\[[^\]]*\]\(quote:[^)]*\)/g, blank)
    .replace(/„[^“]*“/g, blank)
    .replace(/“[^”]*”/g, blank);
}

/** Hedges in one file, with line, column, phrase and fix. */
export function findHedges(file: ProseFile, locale: 'de' | 'en'): Problem[] {
  const problems: Problem[] = [];
  file.text.split('\n').forEach((raw, i) => {
    const line = withoutQuotedText(raw);
    for (const hedge of HEDGES[locale]) {
      for (const m of line.matchAll(hedge.pattern)) {
        problems.push({
          file: file.file,
          field: `line ${i + 1}, column ${m.index + 1}`,
          message: `ad-hoc hedge „${m[0]}“ (${hedge.phrase}); how certain a fact is comes from the data`,
          fix: hedge.fix,
        });
      }
    }
  });
  return problems;
}

export const HEDGE_BACKLOG = join('content', 'data', 'hedge-backlog.json');

/**
 * Refuses hedges in every prose file not on the backlog, and a backlog entry with no hedge left
 * (or naming a file that does not exist).
 */
export function checkHedgeFiles(
  files: { de: ProseFile[]; en: ProseFile[] },
  backlog: string[],
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const onBacklog = new Set(backlog);
  for (const locale of ['de', 'en'] as const) {
    for (const file of files[locale]) {
      seen.add(file.file);
      const found = findHedges(file, locale);
      if (!onBacklog.has(file.file)) problems.push(...found);
      else if (found.length === 0)
        problems.push({
          file: file.file,
          field: '(file)',
          message: 'the file is on the hedge backlog but has no hedge left',
          fix: `remove it from ${HEDGE_BACKLOG}`,
        });
    }
  }
  for (const listed of backlog) {
    if (!seen.has(listed))
      problems.push({
        file: HEDGE_BACKLOG,
        field: listed,
        message: 'names a prose file that does not exist',
        fix: 'remove the entry',
      });
  }
  return problems;
}

/** The hedge check over the project's prose in both languages. */
export function checkHedges(root: string): Problem[] {
  const path = join(root, HEDGE_BACKLOG);
  const backlog = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as { files: string[] }).files
    : [];
  return checkHedgeFiles({ de: readProse(root, 'de'), en: readProse(root, 'en') }, backlog);
}
