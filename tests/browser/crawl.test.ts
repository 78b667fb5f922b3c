import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';
import { samplePagesByType } from '../helpers/axe-sample';
import { watchFaults } from '../helpers/page-watch';
import { useServedSite } from '../helpers/served-site';

/** WCAG 2.0–2.2, levels A and AA, as axe-core tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const site = useServedSite();
const pages = builtPages();
const paths = pages.map((p) => p.path);

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/**
 * The axe rules whose outcome follows from the CSS rules an element matches (its colours, its
 * decoration, its box) rather than from the words of a page: checked on the sample of every page
 * type and element-and-class combination (tests/helpers/axe-sample.ts), not on every page. They are
 * also axe's most expensive: colour contrast by far, then these two, about 60 ms a page together
 * (measured on 60 pages, issue 16).
 */
const CSS_RULES = ['color-contrast', 'link-in-text-block', 'target-size'] as const;
type CssRule = (typeof CSS_RULES)[number];
/** The CSS rules whose outcome can change with the window's width (boxes, wrapped lines). */
const WIDTH_DEPENDENT_RULES: readonly CssRule[] = ['link-in-text-block', 'target-size'];

interface Crawl {
  colorScheme: 'light' | 'dark';
  /** Console errors, CSP violations and requests to other hosts are collected too. */
  faults: boolean;
  /** Which axe rules run: every WCAG rule (`all`), all but the CSS rules (`page`), or those named. */
  rules: 'all' | 'page' | readonly CssRule[];
  /** The window's width in CSS pixels; at 320 a page must not scroll sideways (WCAG 1.4.10 Reflow). */
  width: number;
}

/** axe's options for a crawl's rules. */
function axeOptions(rules: Crawl['rules']) {
  const resultTypes = ['violations'];
  if (rules === 'all') return { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes };
  if (rules === 'page') {
    const off = Object.fromEntries(CSS_RULES.map((r) => [r, { enabled: false }]));
    return { runOnly: { type: 'tag', values: WCAG_TAGS }, rules: off, resultTypes };
  }
  return { runOnly: { type: 'rule', values: rules }, resultTypes };
}

/** WCAG 1.4.10: content reflows into 320 CSS px without scrolling in two dimensions. */
const REFLOW_WIDTH = 320;
/** The width of the sample's full check: a laptop's window, where the site's wide layout applies. */
const LAPTOP_WIDTH = 1280;

/**
 * Visits each page once with the site's own policy in force (axe, injected by the browser itself,
 * needs no exception from it) and returns one line per fault and per violating element.
 */
async function crawl(
  paths: string[],
  { colorScheme, faults, rules, width }: Crawl,
): Promise<{ faults: string[]; violations: string[] }> {
  const context = await site.browser.newContext({ colorScheme, viewport: { width, height: 800 } });
  // axe arrives with every document, before the page's own script (the browser injects it, outside
  // the site's policy): compiled with the document, it costs about 100 ms less per page than
  // evaluating its 550 kB from outside after the load. It only defines `window.axe` until run.
  await context.addInitScript({ content: AXE_SOURCE });
  const watched = faults
    ? await watchFaults(context, site.origin)
    : { page: await context.newPage(), take: undefined };
  const { page, take } = watched;
  const found = { faults: [] as string[], violations: [] as string[] };
  for (const path of paths) {
    await page.goto(site.origin + path, { waitUntil: 'load' });
    // The search pages compile Pagefind's WebAssembly only on the first query; run one so the
    // policy is tested against the real search engine, and axe sees a page with results.
    if (path.endsWith('/search/')) {
      await page
        .locator('pagefind-input input')
        .fill(path.startsWith('/de/') ? 'Rechenzentren' : 'data centers');
      await page.locator('pagefind-results a[href]').first().waitFor({ timeout: 15_000 });
    }
    if (take) {
      const f = await take();
      for (const m of f.consoleErrors) found.faults.push(`${path}: console error: ${m}`);
      for (const m of f.cspViolations) found.faults.push(`${path}: CSP violation: ${m}`);
      for (const m of f.foreignRequests)
        found.faults.push(`${path}: request to another host: ${m}`);
    }
    if (width <= REFLOW_WIDTH) {
      const wide = await page.evaluate(() => {
        const { scrollWidth, clientWidth } = document.documentElement;
        return scrollWidth > clientWidth ? `${scrollWidth} px wide` : undefined;
      });
      if (wide)
        found.faults.push(
          `${path}: ${wide} at ${width} px, scrolls sideways (WCAG 1.4.10 Reflow): wrap or shrink what is wider, or let a table scroll in its own box`,
        );
    }
    const result = (await page.evaluate(
      (options) =>
        (
          window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }
        ).axe.run(document, options),
      axeOptions(rules),
    )) as AxeResult;
    for (const v of result.violations) {
      for (const n of v.nodes)
        found.violations.push(
          `${path} [${colorScheme}, ${width} px] ${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(n.target)}`,
        );
    }
  }
  await context.close();
  return found;
}

describe('every built page in Chromium', () => {
  // Every WCAG rule but the CSS rules, and the faults, on every page at the reflow width; on the
  // sample (tests/helpers/axe-sample.ts) every rule at a laptop's width in both schemes (which also
  // reaches what the narrow layout hides), and the CSS rules that depend on the width again at the
  // reflow width. Issue 16: one visit per page, and the costly rules only where they can find
  // something, keep the suite quick.
  const sample = samplePagesByType(pages);
  let faults: string[] = [];
  let violations: string[] = [];
  beforeAll(async () => {
    // Every page at the reflow width (the layout most likely to break); the sample at a laptop's.
    const every = {
      colorScheme: 'light',
      faults: true,
      rules: 'page',
      width: REFLOW_WIDTH,
    } as const;
    // One page at a time: Chromium keeps both cores busy with one page (renderer, compositor and
    // browser process; 87 % of both cores measured), and pages side by side only contend (120 pages:
    // 388 ms a page alone, 444 ms two at a time).
    const results = [
      await crawl(paths, every),
      await crawl(sample, {
        colorScheme: 'light',
        faults: false,
        rules: 'all',
        width: LAPTOP_WIDTH,
      }),
      await crawl(sample, {
        colorScheme: 'dark',
        faults: false,
        rules: 'all',
        width: LAPTOP_WIDTH,
      }),
      await crawl(sample, {
        colorScheme: 'light',
        faults: false,
        rules: WIDTH_DEPENDENT_RULES,
        width: REFLOW_WIDTH,
      }),
    ];
    faults = results.flatMap((r) => r.faults);
    violations = results.flatMap((r) => r.violations);
  }, 1_200_000);

  it('has no console error, no CSP violation, no request to another host, and no sideways scrolling at 320 px', () => {
    expect(paths.length).toBeGreaterThan(400);
    expect(faults, faults.join('\n')).toEqual([]);
  });

  it('has 0 axe violations (WCAG 2.2 A and AA): every rule but those that follow from CSS alone on every page, all of them on a sample of every page type and style, light and dark', () => {
    expect(sample.length).toBeGreaterThan(20);
    expect(
      violations,
      `${violations.length} violation(s):\n${violations.slice(0, 80).join('\n')}`,
    ).toEqual([]);
  });
});
