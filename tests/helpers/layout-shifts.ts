import type { Page } from 'playwright-core';

/**
 * Records the page's layout shifts from its first paint (Chromium's Layout Instability API). A shift
 * counts when at least one element it moved is still in the document and lies outside `ignore` (a
 * selector of regions allowed to move, e.g. a list that fills in). `shifts()` returns one line per
 * counted shift: its score and the moved elements' names; it waits two frames first, because a shift
 * is reported after the frame that shows it.
 */
export async function watchLayoutShifts(
  page: Page,
  ignore: string,
): Promise<{ shifts: () => Promise<string[]> }> {
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
            return !ignore || !element?.closest(ignore);
          });
        if (moved.length > 0)
          shifts.push(`${entry.value.toFixed(4)} ${moved.map((n) => n.nodeName).join(' ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }, ignore);
  return {
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
