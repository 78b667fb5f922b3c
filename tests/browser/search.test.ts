import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveDist } from '../helpers/static-server';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Records every request that leaves the site, and every console error. */
async function openPage(path: string): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.origin + path);
  return { page, foreign, errors };
}

describe('search in the browser', () => {
  it.each([
    ['de', 'Rechenzentren', '/de/'],
    ['en', 'data centers', '/en/'],
  ])('the %s search page finds "%s" in its own language', async (locale, query, prefix) => {
    const { page, foreign, errors } = await openPage(`/${locale}/search/`);
    await page.locator('pagefind-input input').fill(query);
    const first = page.locator('pagefind-results a[href]').first();
    await first.waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('pagefind-results a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toContain(prefix);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a measure by its ID', async () => {
    const { page } = await openPage('/en/search/');
    await page.locator('pagefind-input input').fill('1.3.2');
    await page.locator('pagefind-results a[href]').first().waitFor({ timeout: 15_000 });
    const hrefs = await page.locator('pagefind-results a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.slice(0, 3)).toContain('/en/measures/1-3-2/');
    await page.close();
  });
});

describe('pages in the browser', () => {
  it('a measure page loads one small external script module and requests nothing from another host', async () => {
    const { page, foreign, errors } = await openPage('/de/measures/1-3-2/');
    const scripts = await page
      .locator('script')
      .evaluateAll((ss) => ss.map((s) => ({ src: s.getAttribute('src'), inline: s.textContent?.trim() ?? '' })));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.src).toMatch(/^\/_astro\/.+\.js$/);
    expect(scripts[0]!.inline).toBe('');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the language switch keeps the entity', async () => {
    const { page } = await openPage('/de/measures/2-1-1/');
    await page.locator('a.lang-switch').click();
    await page.waitForURL('**/en/measures/2-1-1/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.close();
  });
});
