import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { builtPages, fileForPath } from '../helpers/dist';
import { readJson } from '../helpers/content';

/**
 * Every entity page is citable: a cite box, Highwire tags, JSON-LD, Open Graph with a card image,
 * and BibTeX/RIS/CSL-JSON files that an independent parser (citation.js) reads back to the same
 * title, date, URL and publisher as the page's own metadata.
 */
const ENTITY_PAGE =
  /^\/(de|en)\/(pillars|sections|measures|orders|prior|agencies|topics)\/[^/]+\/$/;
const pages = builtPages().filter((p) => ENTITY_PAGE.test(p.path));

const jsonLdSchema = {
  type: 'object',
  required: [
    '@context',
    '@type',
    '@id',
    'url',
    'headline',
    'inLanguage',
    'dateModified',
    'publisher',
    'isBasedOn',
  ],
  properties: {
    '@context': { const: 'https://schema.org' },
    '@type': { const: 'Article' },
    url: { type: 'string', pattern: '^https?://' },
    headline: { type: 'string', minLength: 3 },
    inLanguage: { enum: ['de-DE', 'en-US'] },
    dateModified: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    publisher: { type: 'object', required: ['@type', 'name'] },
    isBasedOn: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['@type', 'name', 'inLanguage'],
        properties: {
          '@type': { const: 'Legislation' },
          url: { type: 'string', pattern: '^https://' },
        },
      },
    },
  },
} as const;
const validateJsonLd = new Ajv2020({ allErrors: true, strict: false }).compile(jsonLdSchema);

function meta(doc: Document, attr: 'name' | 'property', key: string): string | undefined {
  return doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content') ?? undefined;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('citable entity pages', () => {
  it('covers every entity in both languages', () => {
    const collections = [
      'pillars',
      'sections',
      'measures',
      'orders',
      'prior',
      'agencies',
      'topics',
    ];
    const total = collections.reduce(
      (n, c) => n + readJson<unknown[]>(`content/data/${c}.json`).length,
      0,
    );
    expect(pages.length).toBe(2 * total);
  });

  it('each has a cite box with the permanent URL, four styles and three downloads', () => {
    for (const { path, document } of pages) {
      const box = document.querySelector('section.cite-box');
      expect(box, path).not.toBeNull();
      const canonical = document.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      expect(box!.querySelector('code.citation')?.textContent, path).toBe(canonical);
      expect(box!.querySelectorAll('p.citation').length, path).toBeGreaterThanOrEqual(4);
      const downloads = [...box!.querySelectorAll('.cite-downloads a[download]')].map((a) =>
        a.getAttribute('href'),
      );
      expect(downloads, path).toEqual([
        `${path}cite.bib`,
        `${path}cite.ris`,
        `${path}cite.csl.json`,
      ]);
    }
  });

  it('each carries Highwire citation tags that agree with the page', () => {
    for (const { path, document } of pages) {
      const canonical = document.querySelector('link[rel="canonical"]')!.getAttribute('href');
      expect(meta(document, 'name', 'citation_public_url'), path).toBe(canonical);
      expect(meta(document, 'name', 'citation_language'), path).toBe(
        document.documentElement.getAttribute('lang'),
      );
      expect(meta(document, 'name', 'citation_date'), path).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(meta(document, 'name', 'citation_title'), path).toBe(
        document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
      );
      expect(meta(document, 'name', 'citation_publisher'), path).toBeTruthy();
    }
  });

  it('each has one valid JSON-LD Article based on the original', () => {
    for (const { path, document } of pages) {
      const scripts = document.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts.length, path).toBe(1);
      const data = JSON.parse(scripts[0]!.textContent) as { url: string; inLanguage: string };
      expect(validateJsonLd(data), `${path}: ${JSON.stringify(validateJsonLd.errors)}`).toBe(true);
      expect(data.url).toBe(document.querySelector('link[rel="canonical"]')!.getAttribute('href'));
      expect(data.inLanguage.slice(0, 2)).toBe(document.documentElement.getAttribute('lang'));
    }
  });

  it('every page, not only entity pages, has Open Graph tags and a 1200×630 card that exists', () => {
    const all = builtPages().filter((p) => p.path !== '/' && p.path !== '/404.html');
    expect(all.length).toBeGreaterThan(pages.length);
    for (const { path, document } of all) {
      const image = meta(document, 'property', 'og:image');
      expect(image, path).toBeTruthy();
      const file = fileForPath(new URL(image!).pathname);
      expect(file, `${path}: card ${image} missing`).toBeDefined();
      expect(pngSize(file!)).toEqual([1200, 630]);
    }
  });

  it('BibTeX, RIS and CSL-JSON parse back to the title, date, URL and publisher of the page', async () => {
    for (const { path, document } of pages) {
      const expected = {
        title: meta(document, 'name', 'citation_title'),
        URL: meta(document, 'name', 'citation_public_url'),
        publisher: meta(document, 'name', 'citation_publisher'),
        date: meta(document, 'name', 'citation_date')!.split('/').map(Number),
      };
      for (const name of ['cite.bib', 'cite.ris', 'cite.csl.json']) {
        const file = fileForPath(`${path}${name}`);
        expect(file, `${path}${name}`).toBeDefined();
        const raw = readFileSync(file!, 'utf8');
        const cite = await Cite.async(name.endsWith('.json') ? JSON.parse(raw) : raw);
        const item = cite.data[0] as {
          title: string;
          URL: string;
          publisher: string;
          issued: { 'date-parts': number[][] };
        };
        expect(
          {
            title: item.title,
            URL: item.URL,
            publisher: item.publisher,
            date: item.issued['date-parts'][0],
          },
          `${path}${name}`,
        ).toEqual(expected);
      }
    }
  });
});
