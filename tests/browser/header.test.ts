import { describe, expect, it } from 'vitest';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

describe('site header on phones', () => {
  // "KI-Aktionsplan-Atlas" once broke over three lines at 390 px beside the search link, the language
  // link and the menu.
  it.each([
    ['/de/', 360],
    ['/de/', 390],
    ['/en/', 360],
    ['/en/', 390],
  ])(
    '%s at %i px: the site name takes one line and every control fits the screen',
    async (path, width) => {
      const page = await site.browser.newPage({ viewport: { width, height: 700 } });
      await page.goto(site.origin + path);
      const bar = await page.evaluate(() => {
        const name = document.querySelector('.site-name')!;
        const range = document.createRange();
        range.selectNodeContents(name);
        const controls = [...document.querySelectorAll('.header-bar > *')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0);
        return {
          lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
          rightmost: Math.max(...controls.map((r) => r.right)),
          narrowest: Math.min(...controls.slice(1).map((r) => r.width)),
        };
      });
      expect(bar.lines).toBe(1);
      expect(bar.rightmost).toBeLessThanOrEqual(width);
      // Search link, language link and menu stay 44 px targets.
      expect(bar.narrowest).toBeGreaterThanOrEqual(44);
      await page.close();
    },
  );
});
