import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages } from '../helpers/dist';

interface Entry {
  languages: Record<string, { page_count: number }>;
}

describe('built site: Pagefind index', () => {
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as Entry;
  const pages = builtPages();
  const indexable = (locale: string) =>
    pages.filter((p) => p.path.startsWith(`/${locale}/`) && p.document.querySelector('[data-pagefind-body]')).length;

  it('has exactly one index per site language', () => {
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en']);
  });

  it.each(['de', 'en'])('the %s index holds every content page of that language and nothing else', (locale) => {
    const expected = indexable(locale);
    expect(expected).toBeGreaterThan(200);
    expect(entry.languages[locale]!.page_count).toBe(expected);
  });

  it('indexes only main content: chrome is excluded and search/list pages are not indexed', () => {
    for (const page of pages) {
      const body = page.document.querySelectorAll('[data-pagefind-body]');
      expect(body.length, page.path).toBeLessThanOrEqual(1);
      if (body.length === 1) expect(body[0]!.tagName, page.path).toBe('MAIN');
    }
    const search = pages.find((p) => p.path === '/de/search/')!;
    expect(search.document.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('sets the filters type, pillar and agency with language-neutral keys', () => {
    const measure = pages.find((p) => p.path === '/de/measures/1-1-1/')!.document;
    const filters = [...measure.querySelectorAll('[data-pagefind-filter]')].map(
      (e) => `${e.getAttribute('data-pagefind-filter')}=${e.getAttribute('content')}`,
    );
    expect(filters).toEqual(expect.arrayContaining(['type[content]=Maßnahme', 'pillar[content]=Säule I', 'agency[content]=OSTP']));
    const en = pages.find((p) => p.path === '/en/measures/1-1-1/')!.document;
    expect(en.querySelector('[data-pagefind-filter="type[content]"]')?.getAttribute('content')).toBe('Measure');
  });

  it('no page carries inline script code (JSON-LD data blocks are not code), and only the search page loads Pagefind up front', () => {
    for (const page of pages) {
      for (const script of page.document.querySelectorAll('script:not([type="application/ld+json"])')) {
        expect(script.getAttribute('src'), `${page.path}: inline <script>`).toMatch(/^\/_astro\/.+\.js$/);
        expect(script.textContent, page.path).toBe('');
      }
    }
    const header = pages.find((p) => p.path === '/en/measures/1-3-2/')!.document.querySelector('form[data-site-search]');
    expect(header?.getAttribute('action')).toBe('/en/search/');
    expect(header?.querySelector('input[name="q"]')).not.toBeNull();
  });
});
