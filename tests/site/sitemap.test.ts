import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { builtPages, DIST, redirectPages, ORIGIN } from '../helpers/dist';

const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
const { document } = parseHTML(xml.replace(/^<\?xml[^>]*>/, ''));
const urls = [...document.querySelectorAll('url')];
const locs = urls.map((u) => u.querySelector('loc')!.textContent.replace(ORIGIN, ''));

describe('sitemap', () => {
  it('lists every page of the build once and nothing else', () => {
    // The root only offers the choice of language and the 404 page is no content; redirect pages are not pages.
    const redirects = redirectPages();
    const pages = builtPages()
      .map((p) => p.path)
      .filter((p) => p !== '/' && p !== '/404.html' && !redirects.has(p));
    expect(new Set(locs).size).toBe(locs.length);
    expect([...locs].sort()).toEqual(pages);
  });

  it('gives every URL its language alternates and x-default, absolute, and a lastmod from the content', () => {
    for (const [i, url] of urls.entries()) {
      const rest = locs[i]!.slice(3);
      const links = Object.fromEntries(
        [...url.getElementsByTagName('xhtml:link')].map((l) => [
          l.getAttribute('hreflang') ?? '',
          l.getAttribute('href'),
        ]),
      );
      expect(links).toEqual({
        de: `${ORIGIN}/de${rest}`,
        en: `${ORIGIN}/en${rest}`,
        'x-default': `${ORIGIN}/en${rest}`,
      });
      expect(url.querySelector('lastmod')?.textContent).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('is announced in robots.txt', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${ORIGIN}/sitemap.xml`,
    );
  });
});
