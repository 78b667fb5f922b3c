import { describe, expect, it } from 'vitest';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

/** One page of each type, in both languages between them. */
const PAGES: [string, string][] = [
  ['home', '/de/'],
  ['pillar', '/en/pillars/1/'],
  ['section', '/de/sections/1-3/'],
  ['measure', '/en/measures/1-3-2/'],
  ['order', '/de/orders/14179/'],
  ['prior instrument', '/en/prior/eo-14110/'],
  ['agency', '/de/agencies/nist/'],
  ['topic', '/en/topics/cybersecurity/'],
  ['glossary', '/de/glossary/'],
  ['deadlines', '/en/deadlines/'],
  ['measures table', '/de/measures/'],
  ['search', '/en/search/'],
];

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex="0"]';

describe('keyboard only', () => {
  it.each(PAGES)(
    'the %s page (%s): Tab reaches every control, each with a visible focus indicator',
    { timeout: 120_000 },
    async (_type, path) => {
      const page = await site.browser.newPage();
      await page.goto(site.origin + path, { waitUntil: 'load' });
      if (path.endsWith('/search/')) await page.locator('pagefind-input input').waitFor();
      // Number every control a reader can reach: rendered, not inside a closed <details>.
      const controls = await page.evaluate((selector) => {
        const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(
          (el) => el.checkVisibility() && el.tabIndex >= 0,
        );
        all.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
        return all.map(
          (el) =>
            `${el.tagName.toLowerCase()} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}”`,
        );
      }, FOCUSABLE);
      expect(controls.length).toBeGreaterThan(5);

      const reached = new Set<number>();
      const invisible: string[] = [];
      for (let i = 0; i < controls.length + 3; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          const s = getComputedStyle(el);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s.boxShadow !== 'none';
          return {
            index: el.getAttribute('data-kbd'),
            tag: el.tagName.toLowerCase(),
            text: (el.textContent ?? '').trim().slice(0, 40),
            visible: outline || shadow,
          };
        });
        if (!focus) break;
        if (focus.index !== null) reached.add(Number(focus.index));
        if (!focus.visible) invisible.push(`${focus.tag} “${focus.text}”`);
      }
      const missed = controls.filter((_, i) => !reached.has(i));
      expect(missed, `not reached by Tab on ${path}`).toEqual([]);
      expect(invisible, `no visible focus indicator on ${path}`).toEqual([]);
      await page.close();
    },
  );
});
