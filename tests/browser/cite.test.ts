import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useServedSite } from '../helpers/served-site';

const site = useServedSite();

async function withClipboard(): Promise<BrowserContext> {
  return site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
}

describe('cite box in the browser', () => {
  it('adds a copy button to every citation and copies the citation text', async () => {
    const context = await withClipboard();
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/measures/1-3-2/`);
    const citations = page.locator('.cite-box [data-copy]');
    const buttons = page.locator('.cite-box button.copy-button');
    expect(await buttons.count()).toBe(await citations.count());
    await buttons.nth(1).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await citations.nth(1).textContent())!.trim());
    expect(copied).toMatch(/^AI Action Plan Atlas\. \(\d{4}, /);
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Copied');
    await context.close();
  });

  it('following a pinpoint self-link copies the permanent URL with its anchor', async () => {
    const context = await withClipboard();
    const page = await context.newPage();
    await page.goto(`${site.origin}/de/orders/14179/`);
    await page.locator('#sec-3 a.anchor-link').click();
    await page.waitForURL('**/de/orders/14179/#sec-3');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${canonical}#sec-3`);
    await context.close();
  });

  it('without JavaScript the citations are plain selectable text and there are no dead buttons', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/de/measures/1-3-2/`);
    expect(await page.locator('.cite-box button').count()).toBe(0);
    expect(await page.locator('.cite-box p.citation').first().textContent()).toContain(
      'KI-Aktionsplan-Atlas',
    );
    await context.close();
  });
});
