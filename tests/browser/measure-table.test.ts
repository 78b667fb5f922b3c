import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phonePageWatchingShifts } from '../helpers/layout-shifts';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

const visibleIds = (page: Page) =>
  page.locator('table[data-measure-table] tbody tr:not([hidden]) td.entity-id').allInnerTexts();

describe('measures table', () => {
  it('is complete without JavaScript and shows no controls that would not work', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/measures/`);
    expect(await visibleIds(page)).toHaveLength(103);
    expect(await page.locator('[data-measure-controls]').isVisible()).toBe(false);
    await context.close();
  });

  // The controls appear when the table's script runs, after the first paint (later still on a busy
  // phone); the table below them must not move down then (Lighthouse measured CLS 0.14 here). Only
  // the header row inside the table may change, as the sort buttons go into its cells.
  it.each([['/en/measures/'], ['/de/measures/'], ['/de/status/']])(
    '%s does not move when the script shows the filter controls (no layout shift)',
    async (path) => {
      const { page, shifts } = await phonePageWatchingShifts(site.browser, {
        slowScripts: '**/_astro/*.js',
        ignore: 'table',
      });
      await page.goto(site.origin + path);
      await page.locator('[data-measure-controls]:not([hidden])').waitFor({ timeout: 15_000 });
      expect(await shifts()).toEqual([]);
      await page.close();
    },
  );

  it('sorts by ID descending with the column button and reports it with aria-sort', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/en/measures/`);
    const th = page.locator('th[data-col="id"]');
    await th.locator('button').click();
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    const ids = await visibleIds(page);
    expect(ids.slice(0, 3)).toEqual(['3.7.3', '3.7.2', '3.7.1']);
    expect(ids.at(-1)).toBe('1.1.1');
    // 1.10.x sorts after 1.9.x, not after 1.1.x.
    expect(ids.indexOf('1.10.1')).toBeLessThan(ids.indexOf('1.9.1'));
    await page.close();
  });

  it('filters by text and by pillar, and announces the count', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/de/measures/`);
    await page.locator('[data-measure-filter]').fill('NIST');
    const nist = await visibleIds(page);
    expect(nist.length).toBeGreaterThan(3);
    expect(nist.length).toBeLessThan(103);
    for (const id of nist)
      expect(
        await page
          .locator('tr', { has: page.getByText(id, { exact: true }) })
          .first()
          .innerText(),
      ).toContain('NIST');
    expect(await page.locator('[data-measure-count]').innerText()).toBe(
      `${nist.length} von 103 Maßnahmen angezeigt`,
    );
    await page.locator('[data-measure-pillar]').selectOption('II');
    const both = await visibleIds(page);
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(nist.length);
    expect(both).toEqual(['2.4.1', '2.8.1']);
    await page.close();
  });
});
