import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { builtPages, fileForPath } from '../helpers/dist';

const pages = builtPages();
const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    ids = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!));
    idsCache.set(file, ids);
  }
  return ids;
}

describe('built site: links', () => {
  it('every internal link and fragment resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const a of page.document.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${page.path}`);
        const file = fileForPath(url.pathname);
        if (!file) {
          broken.push(`${page.path} → ${href} (no page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !idsIn(file).has(fragment))
          broken.push(`${page.path} → ${href} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links stay in the page language, except the language switch', () => {
    const leaks: string[] = [];
    for (const page of pages.filter((p) => /^\/(de|en)\//.test(p.path))) {
      const locale = page.path.slice(1, 3);
      for (const a of page.document.querySelectorAll('a[href^="/"]')) {
        const href = a.getAttribute('href')!;
        if (href.startsWith('/pagefind/') || href.startsWith('/data/')) continue;
        const target = href.slice(1, 3);
        if (target !== locale && !a.hasAttribute('hreflang')) leaks.push(`${page.path} → ${href}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('the language switch leads to the same page in the other language', () => {
    for (const page of pages.filter((p) => /^\/(de|en)\//.test(p.path))) {
      const other = page.path.startsWith('/de/') ? 'en' : 'de';
      expect(page.document.querySelector('a.lang-switch')?.getAttribute('href'), page.path).toBe(
        `/${other}${page.path.slice(3)}`,
      );
    }
  });
});
