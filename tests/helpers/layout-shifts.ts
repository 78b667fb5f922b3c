import type { Browser, Page } from 'playwright-core';

/**
 * Chromium under Playwright (which turns its PaintHolding feature off) sometimes paints a page while
 * its HTML is still being parsed: the header bar shows its first button alone, and a frame later the
 * others arrive and it moves (0.0007–0.0013 on any page, before any script ran). No script touches
 * the header, so these helpers, which watch what scripts do to a page, leave it out.
 */
const HALF_PARSED = '.site-header';

/**
 * A phone-sized page (412 × 823, Lighthouse's mobile window) on which the scripts matching
 * `slowScripts` arrive 600 ms late, as on a slow phone, so that what they add lands well after the
 * first paint; and its layout shifts from that paint on (Chromium's Layout Instability API).
 * A shift counts when at least one element it moved is still in the document and lies outside
 * `ignore` (a selector of regions allowed to move, e.g. a list that fills in) and outside the site
 * header (see HALF_PARSED). `shifts()` returns one line per counted shift, its score and the moved
 * elements' names; it waits two frames first, because a shift is reported after the frame that
 * shows it.
 */
export async function phonePageWatchingShifts(
  browser: Browser,
  { slowScripts, ignore }: { slowScripts: string; ignore: string },
): Promise<{ page: Page; shifts: () => Promise<string[]> }> {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  await page.route(slowScripts, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await page.addInitScript((ignore) => {
    const shifts: string[] = [];
    Object.assign(window, { __layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node?: Node | null }[];
      })[]) {
        const moved = entry.sources
          .map((s) => s.node)
          .filter((node): node is Node => !!node?.isConnected)
          .filter((node) => {
            const element = node instanceof Element ? node : node.parentElement;
            return !element?.closest(ignore);
          });
        if (moved.length > 0)
          shifts.push(`${entry.value.toFixed(4)} ${moved.map((n) => n.nodeName).join(' ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }, [ignore, HALF_PARSED].join(', '));
  return {
    page,
    shifts: async () => {
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      return page.evaluate(
        () => (window as unknown as { __layoutShifts: string[] }).__layoutShifts,
      );
    },
  };
}
