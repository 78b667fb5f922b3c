import type { BuiltPage } from './dist';

/**
 * The pages the second colour scheme is checked on (issue 16). axe finds colour defects per CSS rule,
 * and a page type's pages share their rules, so checking every page twice finds nothing the sample
 * misses: the sample holds one page of each type and language, plus, greedily, pages until every
 * element-and-class combination that occurs anywhere in the site occurs on a sampled page (a relation
 * badge, a correction note, a table only some pages have).
 */
export function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  // `/en/measures/1-3-2/` → `en measures/*`; `/en/measures/` → `en measures`; `/en/` → `en home`.
  return `${parts[0] ?? ''} ${parts.length <= 1 ? 'home' : parts.length === 2 ? parts[1] : `${parts[1]}/*`}`;
}

function styleKeys(page: BuiltPage): Set<string> {
  const keys = new Set<string>();
  for (const el of page.document.querySelectorAll('body *')) {
    const cls = el.getAttribute('class');
    keys.add(cls ? `${el.tagName} ${cls.split(/\s+/).sort().join('.')}` : el.tagName);
  }
  return keys;
}

export function samplePagesByType(pages: BuiltPage[]): string[] {
  const chosen = new Map<string, BuiltPage>();
  for (const p of pages) if (!chosen.has(pageType(p.path))) chosen.set(pageType(p.path), p);
  const sample = new Set([...chosen.values()].map((p) => p.path));
  const covered = new Set([...chosen.values()].flatMap((p) => [...styleKeys(p)]));
  const rest = pages
    .filter((p) => !sample.has(p.path))
    .map((p) => ({ path: p.path, keys: styleKeys(p) }));
  for (;;) {
    let best: { path: string; gain: number } | undefined;
    for (const p of rest) {
      if (sample.has(p.path)) continue;
      let gain = 0;
      for (const k of p.keys) if (!covered.has(k)) gain++;
      if (gain > 0 && (!best || gain > best.gain)) best = { path: p.path, gain };
    }
    if (!best) break;
    sample.add(best.path);
    for (const k of rest.find((p) => p.path === best.path)!.keys) covered.add(k);
  }
  return [...sample].sort();
}
