import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { ROOT } from './content';
import { publishedUrl } from '../../src/lib/routes/published-files';
import { siteOrigin } from '../../src/lib/deploy/origin';

export const DIST = join(ROOT, 'dist');

/**
 * The origin the build was made for: `SITE_URL`, or the preview origin without it. The build and its
 * tests run with the same environment (`SITE_URL=https://atlas.example.org npm test`), so no site test
 * hard-codes an origin.
 */
export const ORIGIN = siteOrigin();

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does this for you).');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export interface BuiltPage {
  /** URL path, e.g. `/de/measures/1-3-2/`. */
  path: string;
  file: string;
  document: Document;
}

let allPages: BuiltPage[] | undefined;

/** The target path of a redirect page (meta refresh), or undefined for a real page. */
export function redirectTarget(document: Document): string | undefined {
  const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  const url = refresh?.match(/^\s*\d+\s*;\s*url=(.+)$/i)?.[1];
  return url === undefined ? undefined : new URL(url.trim(), 'http://site/').pathname;
}

/** Every HTML page of the build except Pagefind's own files and redirect pages, parsed once. */
export function builtPages(): BuiltPage[] {
  return parsedPages().filter((p) => redirectTarget(p.document) === undefined);
}

/** Redirect pages: old path → the path they send the reader to. */
export function redirectPages(): Map<string, string> {
  return new Map(
    parsedPages().flatMap((p) =>
      redirectTarget(p.document) === undefined ? [] : [[p.path, redirectTarget(p.document)!]],
    ),
  );
}

/** The URLs of all published files of the build (pages, redirect pages, open data, feeds, sitemap). */
export function publishedFiles(): string[] {
  requireDist();
  return walk(DIST)
    .map((f) => publishedUrl(relative(DIST, f)))
    .filter((u) => u !== undefined)
    .sort();
}

function parsedPages(): BuiltPage[] {
  requireDist();
  return (allPages ??= walk(DIST)
    .filter((f) => f.endsWith('.html') && !relative(DIST, f).startsWith('pagefind'))
    .map((file) => {
      const rel = relative(DIST, file).replace(/\\/g, '/');
      const path =
        rel === 'index.html'
          ? '/'
          : rel.endsWith('/index.html')
            ? `/${rel.slice(0, -'index.html'.length)}`
            : `/${rel}`;
      return { path, file, document: parseHTML(readFileSync(file, 'utf8')).document };
    })
    .sort((a, b) => a.path.localeCompare(b.path)));
}

/** The file a site-relative URL path is served from, or undefined. */
export function fileForPath(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c));
}
