import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveDist } from './static-server';

/** The built site served on a loopback port and one Chromium, for all tests of a file; both close after them. */
export function useServedSite(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('The browser starts in beforeAll: use it inside a test.');
      return browser;
    },
    get origin() {
      if (!server) throw new Error('The server starts in beforeAll: use it inside a test.');
      return server.origin;
    },
  };
}
