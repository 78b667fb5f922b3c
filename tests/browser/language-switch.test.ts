import { describe, expect, it } from 'vitest';
import { watchFaults } from '../helpers/page-watch';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

describe('language switch', () => {
  it.each([
    ['/de/measures/1-3-2/#original', '/en/measures/1-3-2/#original', 'en'],
    ['/en/orders/14179/#sec-2', '/de/orders/14179/#sec-2', 'de'],
    ['/en/measures/2-1-1/', '/de/measures/2-1-1/', 'de'],
  ])('from %s lands on %s', async (from, to, lang) => {
    const context = await site.browser.newContext();
    const { page, take } = await watchFaults(context, site.origin);
    await page.goto(site.origin + from);
    await page.locator('a.lang-switch').click();
    await page.waitForURL(site.origin + to);
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(to);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    const hash = to.split('#')[1];
    if (hash) expect(await page.locator(`[id="${hash}"]`).count()).toBe(1);
    expect(await take()).toEqual({ consoleErrors: [], foreignRequests: [], cspViolations: [] });
    await context.close();
  });

  it('without JavaScript the link still leads to the same entity', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/de/measures/1-3-2/#original`);
    await page.locator('a.lang-switch').click();
    await page.waitForURL(`${site.origin}/en/measures/1-3-2/`);
    await context.close();
  });
});
