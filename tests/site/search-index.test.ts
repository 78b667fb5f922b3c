import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, builtPages } from '../helpers/dist';
import { ROOT, readJson, realModel } from '../helpers/content';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import {
  ENTITY_KINDS,
  STATIC_PAGES,
  entityPath,
  idToSlug,
  pagePath,
  type StaticPage,
} from '../../src/lib/routes/urls';
import { entitiesOfModel } from '../../src/lib/routes/site-pages';
import { orderTextPath } from '../../src/lib/routes/fulltext-urls';

interface Entry {
  languages: Record<string, { page_count: number }>;
}

/**
 * Which pages the search finds, decided here from the content rather than read from the same build:
 * every entity page, every implementing document and the documents index, the order texts (a German
 * one only where a German translation exists; otherwise the page is an English fallback), and these
 * static pages. The other static pages (search, the lists, the change history) only point elsewhere.
 * A new static page must be put in one of the two lists.
 */
const INDEXED_STATIC: readonly StaticPage[] = [
  'home',
  'methodology',
  'glossary',
  'deadlines',
  'data',
  'status',
  'planText',
];
const UNINDEXED_STATIC: readonly StaticPage[] = [
  'search',
  'measures',
  'agencies',
  'orders',
  'prior',
  'topics',
  'changes',
];

function expectedIndex(locale: Locale): Set<string> {
  const entities = entitiesOfModel(realModel());
  const documents = readJson<{ id: string }[]>('content/data/documents.json');
  const texts = readdirSync(join(ROOT, 'content', 'fulltext', 'orders'));
  const orderTexts = texts
    .filter((f) => f.endsWith('.en.json'))
    .map((f) => f.slice(0, -'.en.json'.length));
  return new Set([
    ...ENTITY_KINDS.flatMap((kind) => entities[kind].map((e) => entityPath(kind, e.id, locale))),
    ...documents.map((d) => `/${locale}/documents/${idToSlug(d.id)}/`),
    `/${locale}/documents/`,
    ...orderTexts
      .filter((n) => texts.includes(`${n}.${locale}.json`))
      .map((n) => orderTextPath(n, locale)),
    ...INDEXED_STATIC.map((page) => pagePath(page, locale)),
  ]);
}

describe('built site: Pagefind index', () => {
  const entry = JSON.parse(
    readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'),
  ) as Entry;
  const pages = builtPages();

  it('has exactly one index per site language', () => {
    expect(Object.keys(entry.languages).sort()).toEqual([...LOCALES].sort());
  });

  it('every static page is decided: indexed or not', () => {
    expect([...INDEXED_STATIC, ...UNINDEXED_STATIC].sort()).toEqual(
      Object.keys(STATIC_PAGES).sort(),
    );
  });

  it.each(LOCALES)(
    'the %s index holds as many pages as the content has searchable pages in that language',
    (locale) => {
      const expected = expectedIndex(locale);
      expect(expected.size).toBeGreaterThan(250);
      expect(entry.languages[locale]!.page_count).toBe(expected.size);
      const marked = pages.filter(
        (p) => p.path.startsWith(`/${locale}/`) && p.document.querySelector('[data-pagefind-body]'),
      );
      expect(marked.map((p) => p.path).sort()).toEqual([...expected].sort());
    },
  );

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
    expect(filters).toEqual(
      expect.arrayContaining([
        'type[content]=Maßnahme',
        'pillar[content]=Säule I',
        'agency[content]=OSTP',
      ]),
    );
    const en = pages.find((p) => p.path === '/en/measures/1-1-1/')!.document;
    expect(
      en.querySelector('[data-pagefind-filter="type[content]"]')?.getAttribute('content'),
    ).toBe('Measure');
  });

  it('no page carries inline script code (JSON-LD data blocks are not code), and only the search page loads Pagefind up front', () => {
    for (const page of pages) {
      for (const script of page.document.querySelectorAll(
        'script:not([type="application/ld+json"])',
      )) {
        expect(script.getAttribute('src'), `${page.path}: inline <script>`).toMatch(
          /^\/_astro\/.+\.js$/,
        );
        expect(script.textContent, page.path).toBe('');
      }
    }
    const header = pages
      .find((p) => p.path === '/en/measures/1-3-2/')!
      .document.querySelector('form[data-site-search]');
    expect(header?.getAttribute('action')).toBe('/en/search/');
    expect(header?.querySelector('input[name="q"]')).not.toBeNull();
  });
});
