import type { BrowserContext, Page } from 'playwright-core';

/** What a page did wrong while the reader was on it. */
export interface PageFaults {
  consoleErrors: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Watches a context for console errors, uncaught exceptions, requests to any host but `origin`, and
 * Content Security Policy violations (the DOM event, which also fires for blocked inline code, and
 * Chromium's "Refused to …" console message). `take()` returns and clears what was seen since.
 */
export async function watchFaults(
  context: BrowserContext,
  origin: string,
): Promise<{ page: Page; take: () => Promise<PageFaults> }> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  const page = await context.newPage();
  let faults: PageFaults = { consoleErrors: [], foreignRequests: [], cspViolations: [] };
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) faults.cspViolations.push(m.text());
    else if (m.type() === 'error') faults.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => faults.consoleErrors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))
      faults.foreignRequests.push(url);
  });
  return {
    page,
    take: async () => {
      const seen = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      const result = { ...faults, cspViolations: [...faults.cspViolations, ...seen] };
      faults = { consoleErrors: [], foreignRequests: [], cspViolations: [] };
      return result;
    },
  };
}
