import type { Browser, Page } from 'playwright-core';
import { median } from './sizes.ts';

/**
 * Search as a reader feels it (issue 16): on a content page where search has not been used yet, the
 * reader points at the header's search field, and a moment later the query lands in it; we time from
 * that input to the first result painted (the frame after the result appears). Then a second query on
 * the same page, timed the same way, until a result of the new query is painted.
 *
 * The same harness runs against the Atlas and the peer, alternating which goes first, in fresh browser
 * contexts (empty cache) on the same kind of server.
 */
export interface SearchSite {
  name: string;
  origin: string;
  /** What the reader points at and clicks first: the Atlas's header field, Starlight's search button. */
  trigger: string;
  /** Where the first query is typed, and where the next one is (the Atlas's dialog takes over from the header field). */
  input: string;
  nextInput: string;
  /** A result link. */
  result: string;
}

export interface SearchFeel {
  site: string;
  locale: string;
  coldMs: number;
  warmMs: number;
  cold: number[];
  warm: number[];
}

/** The pause between the reader's click on the field and the query landing in it. */
export const READER_PAUSE_MS = 300;

export const FEEL_QUERIES: Record<string, [string, string][]> = {
  en: [
    ['data centers', 'export controls'],
    ['semiconductors', 'workforce'],
    ['cybersecurity', 'open-weight'],
    ['export controls', 'deepfake'],
    ['workforce', 'data centers'],
  ],
  de: [
    ['Rechenzentren', 'Exportkontrollen'],
    ['Halbleiter', 'Arbeitskräfte'],
    ['Cybersicherheit', 'Deepfakes'],
    ['Exportkontrollen', 'Stromnetz'],
    ['Arbeitskräfte', 'Rechenzentren'],
  ],
};

/** Installed in the page: records the input event's time and the paint of a first result other than the one shown before. */
const WATCH = (resultSelector: string) => {
  const w = window as unknown as { __feel?: Promise<number> };
  const firstHref = () => document.querySelector<HTMLAnchorElement>(resultSelector)?.href;
  const before = firstHref();
  let start = 0;
  w.__feel = new Promise<number>((resolve) => {
    document.addEventListener('input', () => (start ||= performance.now()), { capture: true });
    const check = () => {
      const href = start ? firstHref() : undefined;
      if (!href || href === before) return;
      observer.disconnect();
      // The frame after the result was added is the one that paints it.
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    setTimeout(() => resolve(Number.NaN), 15_000);
  });
};

async function timeQuery(page: Page, input: string, result: string, query: string): Promise<number> {
  await page.evaluate(WATCH, result);
  await page.locator(input).first().fill(query);
  const ms = await page.evaluate(() => (window as unknown as { __feel: Promise<number> }).__feel);
  if (Number.isNaN(ms)) throw new Error(`search bench: no new result for "${query}" within 15 s on ${page.url()}`);
  return ms;
}

async function once(browser: Browser, site: SearchSite, path: string, queries: [string, string]): Promise<[number, number]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(site.origin + path, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    await page.hover(site.trigger);
    await page.click(site.trigger);
    await page.waitForTimeout(READER_PAUSE_MS);
    const cold = await timeQuery(page, site.input, site.result, queries[0]);
    const warm = await timeQuery(page, site.nextInput, site.result, queries[1]);
    return [cold, warm];
  } finally {
    await context.close();
  }
}

/** Runs every query pair on each site, alternating the order of the sites, and takes medians. */
export async function measureSearchFeel(browser: Browser, sites: SearchSite[], pathOf: (locale: string) => string): Promise<SearchFeel[]> {
  const out: SearchFeel[] = [];
  for (const locale of Object.keys(FEEL_QUERIES)) {
    const times = new Map(sites.map((s) => [s.name, { cold: [] as number[], warm: [] as number[] }]));
    for (let i = 0; i < FEEL_QUERIES[locale]!.length; i++) {
      const order = i % 2 ? [...sites].reverse() : sites;
      for (const site of order) {
        const [cold, warm] = await once(browser, site, pathOf(locale), FEEL_QUERIES[locale]![i]!);
        times.get(site.name)!.cold.push(Math.round(cold));
        times.get(site.name)!.warm.push(Math.round(warm));
      }
    }
    for (const site of sites) {
      const t = times.get(site.name)!;
      out.push({ site: site.name, locale, coldMs: Math.round(median(t.cold)), warmMs: Math.round(median(t.warm)), cold: t.cold, warm: t.warm });
    }
  }
  return out;
}
