import type { Browser } from 'playwright-core';
import { filesWithSize, median, sum } from './sizes.ts';

export interface SearchResult {
  locale: string;
  /** Everything Pagefind wrote for this language: metadata, index chunks, fragments, filters, WebAssembly. */
  indexBytes: number;
  indexFiles: number;
  /** Median time from loading Pagefind to the first result's data, in a fresh context. */
  coldMs: number;
  /** Median time of a further query on the same page, Pagefind already loaded. */
  warmMs: number;
}

const QUERIES: Record<string, string[]> = {
  de: ['Rechenzentren', 'Exportkontrolle', 'Halbleiter', 'Arbeitskräfte', 'Cybersicherheit'],
  en: ['data centers', 'export controls', 'semiconductors', 'workforce', 'cybersecurity'],
};

/** Loads Pagefind, runs one query and reads the first result; returns milliseconds in the page's clock. */
const QUERY_IN_PAGE = async (q: string): Promise<number> => {
  const started = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the cast keeps tsc from resolving a URL that exists only in the browser
  const pagefind = (await import('/pagefind/pagefind.js' as string)) as {
    search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
  };
  const found = await pagefind.search(q);
  if (!found.results[0]) throw new Error(`no result for ${q}`);
  await found.results[0].data();
  return performance.now() - started;
};

export async function measureSearch(browser: Browser, origin: string, dist: string): Promise<SearchResult[]> {
  const files = filesWithSize(`${dist}/pagefind`);
  const results: SearchResult[] = [];
  for (const locale of ['de', 'en']) {
    const mine = files.filter((f) => new RegExp(`(^|/)(pagefind\\.|wasm\\.)?${locale}[_.]`).test(f.file));
    const queries = QUERIES[locale]!;
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < queries.length; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/${locale}/search/`);
      cold.push(await page.evaluate(QUERY_IN_PAGE, queries[i]!));
      warm.push(await page.evaluate(QUERY_IN_PAGE, queries[(i + 1) % queries.length]!));
      await context.close();
    }
    results.push({
      locale,
      indexBytes: sum(mine.map((f) => f.bytes)),
      indexFiles: mine.length,
      coldMs: Math.round(median(cold)),
      warmMs: Math.round(median(warm)),
    });
  }
  return results;
}
