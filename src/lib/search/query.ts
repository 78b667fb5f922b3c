/**
 * What the site does to a query before Pagefind sees it.
 *
 * Pagefind indexes a hyphenated word three ways at the same place: joined and as each part
 * („DNA-Synthese“ as `dnasynthese`, `dna` and `synthese`). At query time it only drops the hyphen,
 * so „DNA-Synthese“ asks for `dnasynthese`, which exists only where the text has that very compound:
 * the German pages speak of „Synthese von Nukleinsäuren“ and find nothing. Splitting the query's
 * compound into its words asks for what the index also holds, so the query finds the pages that
 * discuss the thing in any spelling, in both languages („Open-Source-Modelle“, "open-weight").
 *
 * Only compounds of words are split. An identifier with digits („M-24-10“, „NSM-25“, „COVID-19“)
 * stays whole, because its joined form is exactly what the index holds and its parts ("24", "10")
 * would match every page with those numbers. A part of one letter („E-Mail“) keeps the compound
 * whole too: a one-letter word matches as a prefix of nearly every word.
 */

/** Dashes a reader may type inside a compound: hyphen-minus, hyphen, non-breaking hyphen, figure, en and em dash. */
const DASHES = /[-‐‑‒–—]+/u;
const WORD = /^\p{L}{2,}$/u;

/** Splits a hyphenated compound of words into its words; leaves anything else as typed. */
export function splitCompound(token: string): string {
  if (!DASHES.test(token)) return token;
  // A leading or trailing dash („Open-Source- und …“) joins nothing.
  const parts = token.split(DASHES).filter((p) => p.length > 0);
  return parts.length > 0 && parts.every((p) => WORD.test(p)) ? parts.join(' ') : token;
}

/** The query Pagefind is asked first: each whitespace-separated token with its word compounds split. */
export function normalizeQuery(query: string): string {
  return query
    .split(/\s+/u)
    .filter((t) => t.length > 0)
    .map(splitCompound)
    .join(' ');
}

/** What a Pagefind search returns, as far as the fallbacks need it. */
export interface SearchOutcome {
  results: unknown[];
}

/**
 * The queries to try, in order, until one finds something: the normalised query; the query as typed
 * (a compound that is itself a word, such as „Deep-Fakes“, is indexed joined: `deepfakes`); then,
 * since Pagefind finds only pages with every word, the words less one at a time ("DNA synthesis":
 * the English pages say "nucleic acid synthesis", none says "DNA").
 */
export function fallbackQueries(query: string): { first: string[]; dropOne: string[] } {
  const normalized = normalizeQuery(query);
  const typed = query.trim().split(/\s+/u).join(' ');
  const first = normalized === typed ? [normalized] : [normalized, typed];
  const words = normalized.split(' ').filter((w) => w.length > 0);
  const dropOne =
    words.length > 1 ? words.map((_, i) => words.filter((__, j) => j !== i).join(' ')) : [];
  return { first, dropOne };
}

/**
 * Runs `search` with the first of `fallbackQueries` that finds anything; among the queries with one
 * word dropped, the one that finds most pages (the dropped word was the one no page shares with the
 * others). An empty outcome only when every try is empty.
 */
export async function searchWithFallbacks<T extends SearchOutcome>(
  query: string,
  search: (q: string) => Promise<T>,
): Promise<T> {
  const { first, dropOne } = fallbackQueries(query);
  let outcome = await search(first[0]!);
  for (const q of first.slice(1)) {
    if (outcome.results.length > 0) return outcome;
    outcome = await search(q);
  }
  if (outcome.results.length > 0 || dropOne.length === 0) return outcome;
  const tries = await Promise.all(dropOne.map(search));
  return tries.reduce((best, t) => (t.results.length > best.results.length ? t : best), outcome);
}
