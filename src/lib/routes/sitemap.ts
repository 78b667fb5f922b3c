import type { SitePage } from './site-pages';
import { alternates, SITEMAP_PATH } from './urls';
import { LOCALES } from '../../i18n/locales';
import { escapeXml } from '../feeds/xml';

/**
 * The sitemap (sitemaps.org 0.9) with hreflang alternates: one `<url>` per page and language, each
 * listing every language version and x-default, as Google documents for multilingual sites.
 * `lastmod` is the date the page's facts were last checked; there is no build time in it.
 */
export function sitemapXml(pages: readonly SitePage[], site: URL): string {
  const urls = pages.flatMap((page) =>
    LOCALES.map((locale) => {
      const path = page.paths[locale];
      return [
        '  <url>',
        `    <loc>${escapeXml(new URL(path, site).href)}</loc>`,
        ...(page.checked ? [`    <lastmod>${page.checked}</lastmod>`] : []),
        ...alternates(path, site).map(
          (a) =>
            `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.href)}"/>`,
        ),
        '  </url>',
      ].join('\n');
    }),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_PATH, site).href}\n`;
}
