/**
 * `npm run screenshots`: PNGs of every page type at 390 px and 1280 px, light and dark, of the built
 * site in dist/ (run `npm run build` first), taken with Debian's Chromium through playwright-core.
 * Not a test: the pictures are for looking at. They go to screenshots/ (git-ignored).
 * `SCREENSHOT_PAGES=home,order` limits the run to some page types.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDir } from './static-server.ts';

const OUT = 'screenshots';
const PAGES: Record<string, string> = {
  root: '/',
  home: '/en/',
  'home-de': '/de/',
  pillar: '/en/pillars/1/',
  section: '/de/sections/1-3/',
  measure: '/en/measures/1-3-2/',
  measures: '/en/measures/',
  order: '/en/orders/14318/',
  'order-text': '/en/orders/14318/text/',
  orders: '/de/orders/',
  prior: '/en/prior/eo-14110/',
  'prior-list': '/en/prior/',
  topic: '/en/topics/export-controls/',
  topics: '/en/topics/',
  agency: '/en/agencies/doc/',
  agencies: '/de/agencies/',
  deadlines: '/en/deadlines/',
  glossary: '/de/glossary/',
  'plan-text': '/en/plan/text/',
  data: '/en/data/',
  methodology: '/de/methodology/',
  changes: '/en/changes/',
  status: '/de/status/',
  search: '/de/search/?q=Rechenzentren',
  'not-found': '/404.html',
};

const only = process.env.SCREENSHOT_PAGES?.split(',');
const server = await serveDir('dist');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
mkdirSync(OUT, { recursive: true });
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 844 : 900 },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(PAGES)) {
        if (only && !only.includes(name)) continue;
        const response = await page.goto(server.origin + path, { waitUntil: 'networkidle' });
        if (!response || (response.status() >= 400 && name !== 'not-found'))
          console.warn(`${path}: status ${response?.status()}`);
        if (name === 'search') await page.waitForTimeout(500);
        const file = join(OUT, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        if (name === 'home' || name === 'not-found') {
          await page.locator('.site-menu > summary').first().click();
          await page.screenshot({
            path: join(
              OUT,
              `${name === 'home' ? 'menu' : 'menu-not-found'}-${width}-${scheme}.png`,
            ),
          });
        }
      }
      await context.close();
    }
  }
  // How a page prints: its citation and where each link leads, without navigation or search.
  const context = await browser.newContext({ viewport: { width: 794, height: 1123 } });
  const page = await context.newPage();
  for (const name of ['home', 'measure', 'order', 'topics']) {
    if (only && !only.includes(name)) continue;
    await page.goto(server.origin + PAGES[name]!, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(OUT, `${name}-print.png`), fullPage: true });
  }
  await context.close();
  console.log(`Screenshots in ${OUT}/`);
} finally {
  await browser.close();
  await server.close();
}
