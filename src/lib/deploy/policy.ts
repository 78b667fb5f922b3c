import { CSP_DIRECTIVES, contentSecurityPolicy } from '../head/csp';
import { LOCALES } from '../../i18n/locales';
import { changesFeedPath } from '../routes/urls';
import type { Redirect } from '../content/redirects';

/**
 * What a server or CDN must send with the built site, written once. The nginx configuration
 * (deploy/nginx/atlas.conf, `npm run deploy:config`) and the `_headers` / `_redirects` files written
 * into dist/ at build time are generated from these values, so they cannot drift apart.
 */

/** The page policy of src/lib/csp.ts plus what only a header can carry: no framing by other sites. */
export const CSP_HEADER = contentSecurityPolicy({
  ...CSP_DIRECTIVES,
  'frame-ancestors': ["'none'"],
});

/** Sent with every response, including redirects and the 404 page. */
export const SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  ['Content-Security-Policy', CSP_HEADER],
  // One year, this host only: a subdomain served elsewhere is not forced onto HTTPS by this site.
  ['Strict-Transport-Security', 'max-age=31536000'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Files whose names carry a content hash (Astro's bundles) never change under their URL. */
export const IMMUTABLE_PREFIXES: readonly string[] = ['/_astro/'];
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, data, feeds, the search index, cards) may be stored but is revalidated (ETag, Last-Modified) on each use. */
export const CACHE_REVALIDATE = 'no-cache';

const UTF8 = '; charset=utf-8';

/** Content type by the file's last extension; every extension the build writes is listed (a site test checks). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: `text/html${UTF8}`,
  css: `text/css${UTF8}`,
  js: `text/javascript${UTF8}`,
  mjs: `text/javascript${UTF8}`,
  json: `application/json${UTF8}`,
  xml: `application/xml${UTF8}`,
  txt: `text/plain${UTF8}`,
  csv: `text/csv${UTF8}`,
  svg: `image/svg+xml${UTF8}`,
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  wasm: 'application/wasm',
  bib: `application/x-bibtex${UTF8}`,
  ris: `application/x-research-info-systems${UTF8}`,
  // Pagefind's index: gzip-compressed binary files that its script fetches and unpacks itself.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

export const DEFAULT_TYPE = 'application/octet-stream';

/** Types a file's last extension cannot tell: CSL-JSON citations and the Atom feeds. */
export interface PathType {
  /** `suffix`: any path ending so; `exact`: this path only. */
  match: 'suffix' | 'exact';
  path: string;
  type: string;
}

export const PATH_TYPES: readonly PathType[] = [
  { match: 'suffix', path: '.csl.json', type: `application/vnd.citationstyles.csl+json${UTF8}` },
  ...LOCALES.map((locale): PathType => ({
    match: 'exact',
    path: changesFeedPath(locale),
    type: `application/atom+xml${UTF8}`,
  })),
];

/** Formats written as `.gz` and `.br` next to the original at build time. Images, fonts and Pagefind's files are compressed already. */
export const PRECOMPRESS_EXTENSIONS: readonly string[] = [
  'html',
  'css',
  'js',
  'mjs',
  'json',
  'xml',
  'txt',
  'csv',
  'svg',
  'wasm',
  'bib',
  'ris',
];

/**
 * Files smaller than this are not precompressed: they fit in the first packet either way, and the
 * site has about 1,000 of them (a citation in BibTeX or RIS is a few hundred bytes), each of which
 * would cost two more files to write.
 */
export const PRECOMPRESS_MIN_BYTES = 1024;

/**
 * Brotli quality per extension. The stylesheet and the scripts are a few files that every page loads
 * and browsers keep for a year, so they get the smallest encoding (quality 11). Pages and data are
 * thousands of files: on the site's HTML, quality 11 takes about 26 times the CPU time of quality 7
 * for 11 % fewer bytes, and qualities 8 to 10 are slower than 7 for little gain (measured in issue 16;
 * measure 1.3.2's page is 5.3 KB at quality 7 and 4.6 KB at 11, both far below the 14 KB that the
 * first round trip carries).
 */
export function brotliQualityFor(extension: string): number {
  return BEST_BROTLI.has(extension) ? 11 : 7;
}

const BEST_BROTLI = new Set(['css', 'js', 'mjs', 'svg', 'wasm']);

/** The 404 page, sent with status 404 for any path that is not a file. */
export const NOT_FOUND_PAGE = '/404.html';

/** A redirect as the server answers it: a permanent one from the old path to the new. */
export interface ServerRedirect {
  from: string;
  to: string;
  status: 301;
}

export function serverRedirects(
  redirects: readonly Pick<Redirect, 'from' | 'to'>[],
): ServerRedirect[] {
  return redirects.map((r) => {
    for (const path of [r.from, r.to]) {
      if (!/^\/[A-Za-z0-9._~/-]*$/.test(path))
        throw new Error(
          `Redirect path "${path}" has characters no server configuration may carry unquoted.`,
        );
    }
    return { from: r.from, to: r.to, status: 301 };
  });
}

/** The content type a URL path is served with. */
export function contentTypeFor(path: string): string {
  const special = PATH_TYPES.find((p) =>
    p.match === 'exact' ? path === p.path : path.endsWith(p.path),
  );
  if (special) return special.type;
  const file = path.endsWith('/') ? `${path}index.html` : path;
  const ext = /\.([A-Za-z0-9_]+)$/.exec(file)?.[1];
  return (ext && CONTENT_TYPES[ext]) ?? DEFAULT_TYPE;
}

export function cacheControlFor(path: string): string {
  return IMMUTABLE_PREFIXES.some((p) => path.startsWith(p)) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}
