import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { filesWithSize, median, sizes } from './sizes.ts';

export interface Transfer {
  site: string;
  /** Pages measured: an even sample of all the site's pages. */
  pages: number;
  /** Median over those pages of HTML + CSS + JS loaded on opening the page (empty cache), brotli-compressed. */
  medianBrotli: number;
  medianRequests: number;
}

const KINDS = new Set(['document', 'stylesheet', 'script']);

/** Every `count`-th of the site's content pages (no redirect pages, no 404, no Pagefind files). */
export function samplePaths(dist: string, count: number): string[] {
  const all = filesWithSize(dist)
    .map((f) => f.file)
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/') && f.includes('/'))
    .filter((f) => !/http-equiv="refresh"/i.test(readFileSync(join(dist, f), 'utf8').slice(0, 2000)))
    .sort()
    .map((f) => `/${f.slice(0, -'index.html'.length)}`);
  const step = Math.max(1, all.length / count);
  return Array.from({ length: Math.min(count, all.length) }, (_, i) => all[Math.floor(i * step)]!);
}

/** Opens each page in a fresh context and adds up the brotli size of every HTML, CSS and JS response. */
export async function measureTransfer(browser: Browser, site: string, origin: string, paths: string[]): Promise<Transfer> {
  const brotli = new Map<string, number>();
  const totals: number[] = [];
  const requests: number[] = [];
  for (const path of paths) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies: Promise<number>[] = [];
    page.on('response', (r) => {
      if (!KINDS.has(r.request().resourceType())) return;
      const url = r.url();
      bodies.push(
        r.body().then(
          (body) => {
            if (!brotli.has(url)) brotli.set(url, sizes(body).brotli);
            return brotli.get(url)!;
          },
          () => 0,
        ),
      );
    });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const loaded = await Promise.all(bodies);
    await context.close();
    totals.push(loaded.reduce((a, b) => a + b, 0));
    requests.push(loaded.length);
  }
  return { site, pages: paths.length, medianBrotli: Math.round(median(totals)), medianRequests: median(requests) };
}
