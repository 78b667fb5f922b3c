import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PAGE_TYPES } from './page-types.ts';
import { sizes, sum, type Sizes } from './sizes.ts';

export interface PageWeight {
  type: string;
  path: string;
  html: Sizes;
  /** Bytes of each kind the browser loaded on opening the page (uncompressed, and gzip-compressed as a host would send them). */
  loaded: Record<'html' | 'css' | 'js' | 'font' | 'other', { raw: number; gzip: number }>;
  requests: number;
}

const KIND: Record<string, keyof PageWeight['loaded']> = { document: 'html', stylesheet: 'css', script: 'js', font: 'font' };

/** Opens each page type in a fresh context (empty cache) and adds up what it loads until `load`. */
export async function measurePageWeights(browser: Browser, origin: string, dist: string): Promise<PageWeight[]> {
  const results: PageWeight[] = [];
  for (const { type, path } of PAGE_TYPES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies: Promise<{ kind: keyof PageWeight['loaded']; body: Buffer }>[] = [];
    page.on('response', (r) => {
      const kind = KIND[r.request().resourceType()] ?? 'other';
      bodies.push(r.body().then((body) => ({ kind, body }), () => ({ kind, body: Buffer.alloc(0) })));
    });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const loaded = await Promise.all(bodies);
    await context.close();
    const by = (kind: keyof PageWeight['loaded']) => {
      const mine = loaded.filter((l) => l.kind === kind);
      return { raw: sum(mine.map((l) => l.body.byteLength)), gzip: sum(mine.map((l) => (l.body.byteLength ? sizes(l.body).gzip : 0))) };
    };
    results.push({
      type,
      path,
      html: sizes(readFileSync(join(dist, path, 'index.html'))),
      loaded: { html: by('html'), css: by('css'), js: by('js'), font: by('font'), other: by('other') },
      requests: loaded.length,
    });
  }
  return results;
}
