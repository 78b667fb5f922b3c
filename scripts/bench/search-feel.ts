import type { Browser, Page } from 'playwright-core';
import { median } from './sizes.ts';

/**
 * Search as a reader feels it (issue 16): on a content page where search has not been used yet, the
 * reader points at the header's search control and clicks it, and a moment later types the query,
 * key by key. We time from the input event of the last key to the frame that paints the first
 * result link added to the page after that key (a result of the finished query: a search still
 * running for an earlier prefix is superseded, and the Atlas's list is cleared when the new search
 * starts). Then the reader selects the query in the field and types a second one over it, timed the
 * same way. Only trusted input events count: the Atlas's dialog copying the header field's text
 * into its own field is not the reader typing.
 *
 * The same harness runs against the Atlas and the peer, alternating which goes first, in fresh browser
 * contexts (empty cache) on the same kind of server.
 */
export interface SearchSite {
  name: string;
  origin: string;
  /** What the reader points at and clicks first: the Atlas's header field, Starlight's search button. */
  trigger: string;
  /** Where the first query is typed (focused if the click did not), and where the next one is (the Atlas's dialog takes over from the header field). */
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

/** The pause between the reader's click on the field and the first key. */
export const READER_PAUSE_MS = 300;
/** The pause between two keys: a brisk typist (about 10 keys a second). */
export const KEY_DELAY_MS = 100;

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

interface Recorder {
  /** Times of the reader's input events. */
  inputs: number[];
  /** Result links added to the page: when, and when the frame showing them was painted. */
  shown: { at: number; painted: number }[];
}

/** Installed in the page once: records every trusted input event and every result link added, with its paint. */
const RECORD = (resultSelector: string) => {
  const w = window as unknown as { __feel?: Recorder };
  const rec: Recorder = { inputs: [], shown: [] };
  w.__feel = rec;
  document.addEventListener('input', (e) => e.isTrusted && rec.inputs.push(performance.now()), { capture: true });
  new MutationObserver((records) => {
    const added = records.some((r) =>
      [...r.addedNodes].some((n) => n instanceof Element && (n.matches(resultSelector) || n.querySelector(resultSelector))),
    );
    if (!added) return;
    const entry = { at: performance.now(), painted: Number.NaN };
    rec.shown.push(entry);
    // The frame after the result was added is the one that paints it.
    requestAnimationFrame(() => requestAnimationFrame(() => (entry.painted = performance.now())));
  }).observe(document, { childList: true, subtree: true });
};

/** Milliseconds from the last key's input event to the paint of the first result added after it (NaN until there is one). */
const SINCE_LAST_KEY = () => {
  const rec = (window as unknown as { __feel: Recorder }).__feel;
  const last = rec.inputs.at(-1);
  const first = last === undefined ? undefined : rec.shown.find((s) => s.at > last);
  return first && !Number.isNaN(first.painted) ? first.painted - last! : Number.NaN;
};

async function timeQuery(page: Page, query: string): Promise<number> {
  await page.keyboard.type(query, { delay: KEY_DELAY_MS });
  const handle = await page.waitForFunction(SINCE_LAST_KEY, undefined, { timeout: 15_000, polling: 'raf' }).catch(() => {
    throw new Error(`search bench: no result for "${query}" painted within 15 s on ${page.url()}`);
  });
  return handle.jsonValue();
}

async function once(browser: Browser, site: SearchSite, path: string, queries: [string, string]): Promise<[number, number]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(site.origin + path, { waitUntil: 'load' });
    await page.evaluate(RECORD, site.result);
    await page.waitForTimeout(200);
    await page.hover(site.trigger);
    await page.click(site.trigger);
    // The reader types once the field is there (Starlight's appears in the dialog the click opens).
    const field = page.locator(site.input).first();
    await field.waitFor({ state: 'visible', timeout: 15_000 });
    if (!(await field.evaluate((el) => el === document.activeElement))) await field.focus();
    await page.waitForTimeout(READER_PAUSE_MS);
    const cold = await timeQuery(page, queries[0]);
    await page.waitForTimeout(READER_PAUSE_MS);
    await page.locator(site.nextInput).first().selectText();
    const warm = await timeQuery(page, queries[1]);
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
