import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phonePageWatchingShifts } from '../helpers/layout-shifts';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

/** Records every request that leaves the site, every request for Pagefind's files, and every console error. */
async function openPage(
  path: string,
): Promise<{ page: Page; foreign: string[]; pagefind: string[]; errors: string[] }> {
  const page = await site.browser.newPage();
  const foreign: string[] = [];
  const pagefind: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(site.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefind.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.origin + path);
  return { page, foreign, pagefind, errors };
}

const resultHrefs = (page: Page, scope = 'pagefind-results') =>
  page
    .locator(`${scope} a.pf-result-link`)
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));

describe('search page', () => {
  it.each([
    ['de', 'Rechenzentren', '/de/'],
    ['en', 'data centers', '/en/'],
  ])('the %s search page finds "%s" in its own language', async (locale, query, prefix) => {
    const { page, foreign, errors } = await openPage(`/${locale}/search/`);
    await page.locator('pagefind-input input').fill(query);
    await page.locator('pagefind-results a.pf-result-link').first().waitFor({ timeout: 15_000 });
    const hrefs = await resultHrefs(page);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toContain(prefix);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs the query from ?q= on load and shows ID, type and pillar on the result card', async () => {
    const { page } = await openPage('/en/search/?q=1.3.2');
    await page.locator('pagefind-results a.pf-result-link').first().waitFor({ timeout: 15_000 });
    expect((await resultHrefs(page)).slice(0, 3)).toContain('/en/measures/1-3-2/');
    expect(await page.locator('pagefind-input input').inputValue()).toBe('1.3.2');
    const card = page.locator('li.pf-result', {
      has: page.locator('a[href="/en/measures/1-3-2/"]'),
    });
    expect(await card.locator('.pf-result-meta').innerText()).toMatch(
      /^1\.3\.2 · Measure · Pillar I$/,
    );
    await page.close();
  });

  it('an order result links the matching section', async () => {
    const { page } = await openPage('/en/search/?q=categorical%20exclusions');
    const chip = page
      .locator('pagefind-results a.pf-heading-link[href^="/en/orders/14318/#sec-"]')
      .first();
    await chip.waitFor({ timeout: 15_000 });
    expect(await chip.getAttribute('href')).toMatch(/#sec-\d+$/);
    await page.close();
  });

  it('labels the facets in the page language and narrows results when one is chosen', async () => {
    const { page } = await openPage('/de/search/?q=NIST');
    await page.locator('pagefind-results a.pf-result-link').first().waitFor({ timeout: 15_000 });
    const labels = await page
      .locator('pagefind-filter-dropdown .pf-dropdown-trigger-label')
      .allInnerTexts();
    expect(labels).toEqual([
      'Seitentyp',
      'Säule',
      'Behörde',
      'Verhältnis zur Vorgängerpolitik',
      'Umsetzungsstand',
    ]);
    const before = await page.locator('pagefind-summary').innerText();
    const total = (s: string) => Number(/(\d+)/.exec(s)?.[1]);
    const all = await resultHrefs(page);
    expect(all.some((h) => !h!.startsWith('/de/measures/'))).toBe(true);

    await page.locator('pagefind-filter-dropdown[filter="type"] button').first().click();
    await page.getByRole('option', { name: /^Maßnahme/ }).click();
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => total(await page.locator('pagefind-summary').innerText()), {
        timeout: 10_000,
      })
      .toBeLessThan(total(before));
    // The count updates before the result list is redrawn: wait for the list itself.
    await expect
      .poll(async () => (await resultHrefs(page)).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const narrowed = await resultHrefs(page);
    for (const href of narrowed) expect(href).toMatch(/^\/de\/measures\//);
    await page.close();
  });
});

describe('search page layout', () => {
  // Pagefind's script is held back 600 ms, as on a slow phone, so its components mount well after the
  // first paint; a phone-sized window keeps the footer in view below the empty page. The page must not
  // move: the space the components and results take is reserved from the first paint. Inside the
  // result list Pagefind replaces each grey placeholder card with the loaded, taller card, which can
  // push the next placeholder (a sliver at the screen's foot: CLS 0.001) down; that is the list
  // filling in, not the page moving, and a replaced placeholder is no longer in the document.
  it.each([['/de/search/'], ['/en/search/'], ['/en/search/?q=NIST']])(
    '%s does not move while Pagefind mounts and results arrive (no layout shift)',
    async (path) => {
      const { page, shifts } = await phonePageWatchingShifts(site.browser, {
        slowScripts: '**/pagefind/pagefind-component-ui.js',
        ignore: 'pagefind-results',
      });
      await page.goto(site.origin + path);
      await page.locator('pagefind-input input').waitFor({ timeout: 15_000 });
      if (path.includes('?q='))
        await page
          .locator('pagefind-results a.pf-result-link')
          .first()
          .waitFor({ timeout: 15_000 });
      expect(await shifts()).toEqual([]);
      await page.close();
    },
  );
});

describe('header search', () => {
  it('a plain page load requests nothing of Pagefind and no inline script runs', async () => {
    const { page, foreign, pagefind, errors } = await openPage('/de/measures/1-3-2/');
    await page.waitForLoadState('networkidle');
    const scripts = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll((ss) => ss.map((s) => ({ src: s.getAttribute('src'), code: s.textContent })));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.src).toMatch(/^\/_astro\/.+\.js$/);
    expect(scripts[0]!.code).toBe('');
    expect(pagefind).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([['/'], ['Control+k']])(
    '%s opens the search dialog, Escape closes it and focus returns',
    async (shortcut) => {
      const { page, pagefind } = await openPage('/en/measures/2-1-1/');
      const link = page.locator('main a').first();
      await link.focus();
      await page.keyboard.press(shortcut);
      const dialog = page.locator('pagefind-modal dialog');
      await dialog.waitFor({ state: 'visible', timeout: 15_000 });
      expect(pagefind.some((u) => u.endsWith('pagefind-component-ui.js'))).toBe(true);
      // The dialog's own field, not just anything inside the dialog: keys typed while focus sits on
      // the dialog box are lost, so the query would lose its first letters.
      await expect
        .poll(() =>
          page.evaluate(
            () => document.activeElement?.matches('pagefind-modal pagefind-input input') ?? false,
          ),
        )
        .toBe(true);
      await page.keyboard.type('NEPA');
      await page.locator('pagefind-modal a.pf-result-link').first().waitFor({ timeout: 15_000 });
      expect((await resultHrefs(page, 'pagefind-modal')).slice(0, 3)).toContain(
        '/en/measures/2-1-1/',
      );
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => link.evaluate((a) => a === document.activeElement)).toBe(true);
      await page.close();
    },
  );

  it('"/" typed into a text field stays a character', async () => {
    const { page } = await openPage('/en/measures/');
    const filter = page.locator('input[data-measure-filter]');
    await filter.focus();
    await page.keyboard.type('1/');
    expect(await filter.inputValue()).toBe('1/');
    expect(await page.locator('pagefind-modal').count()).toBe(0);
    await page.close();
  });

  it('typing into the header field moves the query into the dialog', async () => {
    const { page } = await openPage('/de/');
    await page.locator('#site-search-q').fill('Exportkontrollen');
    const dialog = page.locator('pagefind-modal dialog');
    await dialog.waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('pagefind-modal a.pf-result-link').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('pagefind-modal pagefind-input input').inputValue()).toBe(
      'Exportkontrollen',
    );
    for (const href of await resultHrefs(page, 'pagefind-modal')) expect(href).toMatch(/^\/de\//);
    await page.close();
  });

  it('without JavaScript the header form lands on the search page, which explains and links the browse pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/de/measures/1-3-2/`);
    await page.locator('#site-search-q').fill('Rechenzentren');
    await page.locator('form[data-site-search] button[type="submit"]').click();
    await page.waitForURL('**/de/search/?q=Rechenzentren');
    const main = page.locator('main');
    expect(await main.innerText()).toContain('Die Suche benötigt JavaScript');
    const links = await main
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      expect.arrayContaining(['/de/measures/', '/de/pillars/1/', '/de/topics/']),
    );
    await context.close();
  });
});
