import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../find-chromium.ts';
import { PAGE_TYPES } from './page-types.ts';

export interface LighthouseResult {
  type: string;
  path: string;
  scores: { performance: number; accessibility: number; 'best-practices': number; seo: number };
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that cost points, for the report. */
  failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse's default run: mobile form factor with simulated throttling, one page of each type. */
export async function runLighthouse(chromePath: string, origin: string): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  const results: LighthouseResult[] = [];
  try {
    for (const { type, path } of PAGE_TYPES) {
      const run = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = run.lhr;
      const score = (c: (typeof CATEGORIES)[number]) => Math.round((categories[c]?.score ?? 0) * 100);
      results.push({
        type,
        path,
        scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
        cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
        failing: CATEGORIES.flatMap((c) =>
          (categories[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${c}: ${ref.id}`),
        ),
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
