import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedSite } from '../helpers/served-site';
import { readJson } from '../helpers/content';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/config';
import { searchWithFallbacks } from '../../src/lib/search/query';

interface Query {
  locale: 'de' | 'en';
  query: string;
  expect: string;
  why: string;
}

const queries = readJson<Query[]>('tests/search/queries.json');

const site = useServedSite();
const pages = new Map<string, Page>();

beforeAll(async () => {
  // One page per language: Pagefind picks the index by <html lang>, as the search UI does.
  for (const locale of ['de', 'en']) {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/${locale}/`);
    // A string, so the test runner does not rewrite the browser's dynamic import.
    await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.options(${JSON.stringify(PAGEFIND_OPTIONS)});
      await pf.init();
      window.pf = pf;
    })()`);
    pages.set(locale, page);
  }
  // Loading Pagefind twice takes seconds on a busy machine; this is room to load, not a timing check.
}, 60_000);

/** The top results as the search UI gets them: through `searchWithFallbacks` (src/lib/search/query.ts), as the UI runs it. */
async function topUrls(locale: string, query: string, n: number): Promise<string[]> {
  const outcome = await searchWithFallbacks(query, async (q) => {
    const { count, top } = await pages.get(locale)!.evaluate(
      async ({ q, n }) => {
        type Result = { data(): Promise<{ url: string }> };
        const pf = (
          window as unknown as { pf: { search(q: string): Promise<{ results: Result[] }> } }
        ).pf;
        const search = await pf.search(q);
        return {
          count: search.results.length,
          top: await Promise.all(search.results.slice(0, n).map(async (r) => (await r.data()).url)),
        };
      },
      { q, n },
    );
    return { results: new Array<undefined>(count), top };
  });
  return outcome.top;
}

describe('search query set (tests/search/queries.json)', () => {
  it('has at least 15 German and 15 English queries', () => {
    expect(queries.filter((q) => q.locale === 'de').length).toBeGreaterThanOrEqual(15);
    expect(queries.filter((q) => q.locale === 'en').length).toBeGreaterThanOrEqual(15);
    for (const q of queries) expect(q.expect.startsWith(`/${q.locale}/`), q.query).toBe(true);
  });

  it.each(queries)(
    '$locale "$query" has $expect in the top three ($why)',
    async ({ locale, query, expect: url }) => {
      const top = await topUrls(locale, query, 5);
      expect(top.slice(0, 3), `top five for "${query}" (${locale}): ${top.join(', ')}`).toContain(
        url,
      );
    },
  );
});
