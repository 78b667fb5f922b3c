import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { samplePagesByType } from '../helpers/axe-sample';
import { watchFaults } from '../helpers/page-watch';
import { useServedSite } from '../helpers/served-site';

/** WCAG 2.0–2.2, levels A and AA, as axe-core tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const site = useServedSite();
const pages = builtPages();
const paths = pages.map((p) => p.path);

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Runs axe on the given pages in one colour scheme; returns one line per violating element. */
async function axeCrawl(colorScheme: 'light' | 'dark', paths: string[]): Promise<string[]> {
  // axe is injected from outside the page, which the page's own policy would rightly block.
  const context = await site.browser.newContext({ bypassCSP: true, colorScheme });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(site.origin + path, { waitUntil: 'load' });
    if (path.endsWith('/search/')) await page.locator('pagefind-input input').waitFor();
    await page.evaluate(AXE_SOURCE);
    const result = (await page.evaluate(
      (runOnly) =>
        (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(document, {
          runOnly,
          resultTypes: ['violations'],
        }),
      { type: 'tag', values: WCAG_TAGS },
    )) as AxeResult;
    for (const v of result.violations) {
      for (const n of v.nodes) problems.push(`${path} [${colorScheme}] ${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(n.target)}`);
    }
  }
  await context.close();
  return problems;
}

/** Visits every page with the site's own policy in force; returns one line per fault. */
async function faultCrawl(paths: string[]): Promise<string[]> {
  const context = await site.browser.newContext();
  const { page, take } = await watchFaults(context, site.origin);
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(site.origin + path, { waitUntil: 'load' });
    // The search pages compile Pagefind's WebAssembly only on the first query; run one so the
    // policy is tested against the real search engine, not just the page shell.
    if (path.endsWith('/search/')) {
      await page.locator('pagefind-input input').fill(path.startsWith('/de/') ? 'Rechenzentren' : 'data centers');
      await page.locator('pagefind-results a[href]').first().waitFor({ timeout: 15_000 });
    }
    const f = await take();
    for (const m of f.consoleErrors) problems.push(`${path}: console error: ${m}`);
    for (const m of f.cspViolations) problems.push(`${path}: CSP violation: ${m}`);
    for (const m of f.foreignRequests) problems.push(`${path}: request to another host: ${m}`);
  }
  await context.close();
  return problems;
}

/** Every other path, from `offset`: two halves of the site crawled side by side, one per core. */
const half = (list: string[], offset: number): string[] => list.filter((_, i) => i % 2 === offset);

describe('every built page in Chromium', () => {
  // One crawl per concern, all side by side in one browser: each crawl alone keeps about one core
  // busy, and the machine has two (issue 16: the suite stays quick as the site grows).
  let faults: string[] = [];
  let violations: string[] = [];
  const dark = samplePagesByType(pages);
  beforeAll(async () => {
    const [f, lightA, lightB, darkSample] = await Promise.all([
      faultCrawl(paths),
      axeCrawl('light', half(paths, 0)),
      axeCrawl('light', half(paths, 1)),
      axeCrawl('dark', dark),
    ]);
    faults = f;
    violations = [...lightA, ...lightB, ...darkSample];
  }, 1_200_000);

  it('has no console error, no CSP violation and no request to another host', () => {
    expect(paths.length).toBeGreaterThan(400);
    expect(faults, faults.join('\n')).toEqual([]);
  });

  it('has 0 axe violations (WCAG 2.2 A and AA rules): every page light, a sample of every page type and style dark', () => {
    // The dark scheme changes colours only, per CSS rule, so a sample that holds every page type and
    // every element-and-class combination of the site finds what a full second crawl would
    // (tests/helpers/axe-sample.ts).
    expect(dark.length).toBeGreaterThan(20);
    expect(violations, `${violations.length} violation(s):\n${violations.slice(0, 80).join('\n')}`).toEqual([]);
  });
});
