import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../content/collections';

/**
 * English summaries and context are our own words: no run of `RUN_LENGTH` or more words may be
 * copied from the plan's recommended actions (`content/data/measures.json`, `originalText`), lists
 * of agencies and authorities included. Reorder, shorten or quote it as a short marked phrase.
 * Link targets (`](measure:1.1.2)`) are ignored; the plan's footnotes are not checked.
 */

/** Words in a row that count as copied. */
export const RUN_LENGTH = 20;

const words = (text: string) =>
  [...text.matchAll(/[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g)].map((m) =>
    m[0].toLowerCase().replace('’', "'"),
  );

/**
 * @example copiedRuns('… a b c …', [{ id: '1.1.2', text: '…' }]) // => [{ measure: '1.1.2', words: 'a b c …' }]
 */
export function copiedRuns(
  text: string,
  sources: { id: string; text: string }[] | Map<string, string>,
  n = RUN_LENGTH,
): { measure: string; words: string }[] {
  const grams = sources instanceof Map ? sources : runsOf(sources, n);
  const w = words(text.replace(/\]\([a-z]+:[^)]*\)/g, ']'));
  const runs: { measure: string; words: string }[] = [];
  let lastEnd = -1;
  for (let i = 0; i + n <= w.length; i++) {
    const id = grams.get(w.slice(i, i + n).join(' '));
    if (!id) continue;
    if (i <= lastEnd) runs.at(-1)!.words += ` ${w[i + n - 1]}`;
    else runs.push({ measure: id, words: w.slice(i, i + n).join(' ') });
    lastEnd = i + n - 1;
  }
  return runs;
}

/** Every run of `n` words in the sources, with the ID of the source it comes from. */
export function runsOf(
  sources: { id: string; text: string }[],
  n = RUN_LENGTH,
): Map<string, string> {
  const grams = new Map<string, string>();
  for (const s of sources) {
    const w = words(s.text);
    for (let i = 0; i + n <= w.length; i++) grams.set(w.slice(i, i + n).join(' '), s.id);
  }
  return grams;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The copy check over the English texts of the project. */
export function checkCopiedRuns(root: string): Problem[] {
  const measures = JSON.parse(
    readFileSync(join(root, 'content', 'data', 'measures.json'), 'utf8'),
  ) as {
    id: string;
    originalText: string;
  }[];
  const sources = runsOf(measures.map((m) => ({ id: m.id, text: m.originalText })));
  return walk(join(root, 'content', 'text', 'en'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((f) =>
      copiedRuns(readFileSync(f, 'utf8'), sources).map((r) => ({
        file: relative(root, f).replace(/\\/g, '/'),
        field: `measure ${r.measure}`,
        message: `${r.words.split(' ').length} words in a row copied from the plan: "${r.words}"`,
        fix: `write it in your own words: reorder, shorten, or quote a short phrase with its page (at most ${RUN_LENGTH - 1} words in a row)`,
      })),
    );
}
