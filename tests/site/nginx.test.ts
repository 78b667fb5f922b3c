import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { nginxConfig } from '../../src/lib/deploy/nginx';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  CONTENT_TYPES,
  SECURITY_HEADERS,
  contentTypeFor,
  serverRedirects,
} from '../../src/lib/deploy/policy';
import type { Redirect } from '../../src/lib/content/redirects';
import { readJson } from '../helpers/content';
import { DIST, requireDist } from '../helpers/dist';
import { hasBrotliModule, shippedIncludes, startNginx, type RunningNginx } from '../helpers/nginx';
import { get, type RawResponse } from '../helpers/raw-http';
import { TRAVERSALS } from '../helpers/traversals';

/**
 * The built site behind Debian's nginx with the shipped configuration (deploy/nginx/atlas.conf), on
 * loopback: the headers a security scanner grades, caching, precompressed files, redirects, the 404
 * status, conditional requests, content types, and nothing served from outside dist/.
 */
const REDIRECTS = readJson<Redirect[]>('content/data/redirects.json');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const header = (res: RawResponse, name: string) => {
  const value = res.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
};

describe('the site behind nginx with the shipped configuration', () => {
  let nginx: RunningNginx;
  let site = '';
  /** A second server with a fixture redirect and a symbolic link out of its root. */
  let fixture = '';
  const scratch = mkdtempSync(join(tmpdir(), 'atlas-nginx-fixture-'));
  const files = () => walk(DIST).map((f) => `/${relative(DIST, f)}`);

  beforeAll(async () => {
    requireDist();
    const root = join(scratch, 'root');
    const outside = join(scratch, 'outside');
    for (const dir of [root, outside]) mkdirSync(dir);
    copyFileSync(join(DIST, '404.html'), join(root, '404.html'));
    writeFileSync(join(outside, 'secret.txt'), 'SECRET');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'leak.txt'));
    symlinkSync(outside, join(root, 'leak'));
    const fixtureConfig = join(scratch, 'fixture.conf');
    writeFileSync(
      fixtureConfig,
      nginxConfig(serverRedirects([{ from: '/en/measures/old-id/', to: '/en/measures/1-3-2/' }])),
    );
    nginx = await startNginx([
      { root: DIST, includes: shippedIncludes() },
      { root, includes: [fixtureConfig] },
    ]);
    [site, fixture] = nginx.origins as [string, string];
  }, 30_000);

  afterAll(async () => {
    await nginx?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  const samples = {
    page: '/en/measures/1-3-2/',
    home: '/',
    asset: () => files().find((f) => f.startsWith('/_astro/') && f.endsWith('.js'))!,
    data: '/data/measures.json',
    feed: '/de/changes.xml',
    missing: '/en/no-such-page/',
  };

  it.each(['page', 'home', 'asset', 'data', 'feed', 'missing'] as const)(
    'sends every security header with the %s',
    async (kind) => {
      const sample = samples[kind];
      const res = await get(site, typeof sample === 'function' ? sample() : sample);
      for (const [name, value] of SECURITY_HEADERS) expect(header(res, name), name).toBe(value);
      expect(header(res, 'server')).toBe('nginx');
    },
  );

  it('sends the page’s own CSP as the header, plus frame-ancestors', async () => {
    const res = await get(site, samples.page);
    const meta = parseHTML(res.body.toString())
      .document.querySelector('meta[http-equiv="Content-Security-Policy"]')!
      .getAttribute('content');
    expect(header(res, 'content-security-policy')).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it('keeps hashed bundles a year and revalidates pages, data and the search index', async () => {
    expect(header(await get(site, samples.asset()), 'cache-control')).toBe(CACHE_IMMUTABLE);
    for (const path of [
      samples.page,
      samples.data,
      samples.feed,
      '/pagefind/pagefind.js',
      '/cards/en/measures/1-3-2.png',
    ]) {
      const res = await get(site, path);
      expect(res.status, path).toBe(200);
      expect(header(res, 'cache-control'), path).toBe(CACHE_REVALIDATE);
      expect(header(res, 'etag'), path).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
      expect(header(res, 'last-modified'), path).toMatch(/ GMT$/);
    }
  });

  it('answers conditional requests with 304', async () => {
    for (const encoding of ['identity', 'gzip']) {
      const first = await get(site, samples.page, { 'accept-encoding': encoding });
      const byTag = await get(site, samples.page, {
        'accept-encoding': encoding,
        'if-none-match': header(first, 'etag')!,
      });
      expect(byTag.status, encoding).toBe(304);
      expect(byTag.body.length).toBe(0);
      const byDate = await get(site, samples.page, {
        'accept-encoding': encoding,
        'if-modified-since': header(first, 'last-modified')!,
      });
      expect(byDate.status, encoding).toBe(304);
    }
    expect((await get(site, samples.page, { 'if-none-match': '"stale"' })).status).toBe(200);
  });

  it('sends the files compressed at build time to clients that accept them, the original to others', async () => {
    const original = readFileSync(join(DIST, 'en', 'measures', '1-3-2', 'index.html'));
    const plain = await get(site, samples.page, { 'accept-encoding': 'identity' });
    expect(header(plain, 'content-encoding')).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
    const gz = await get(site, samples.page, { 'accept-encoding': 'gzip' });
    expect(header(gz, 'content-encoding')).toBe('gzip');
    expect(header(gz, 'vary')).toMatch(/accept-encoding/i);
    expect(gunzipSync(gz.body).equals(original)).toBe(true);
    expect(gz.body.length).toBeLessThan(original.length / 3);
    if (hasBrotliModule()) {
      // A fresh server: after a run of conditional requests, nginx 1.22 with Debian's brotli_static
      // module was seen to stop sending .br files (replayed by hand with curl; cause not found, see
      // the closing note of issue 15). gzip stays correct either way.
      const fresh = await startNginx([{ root: DIST, includes: shippedIncludes() }]);
      const br = await get(fresh.origins[0]!, samples.page, {
        'accept-encoding': 'gzip, deflate, br',
      }).finally(() => fresh.stop());
      expect(header(br, 'content-encoding')).toBe('br');
      expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
      expect(br.body.length).toBeLessThan(gz.body.length);
    }
    // Pagefind's index files are gzip inside; they go out as stored.
    const fragment = files().find((f) => f.endsWith('.pf_fragment'))!;
    expect(
      header(await get(site, fragment, { 'accept-encoding': 'gzip, br' }), 'content-encoding'),
    ).toBeUndefined();
  });

  it('serves every kind of file the build writes with its type', async () => {
    const byType = new Map<string, string>();
    for (const file of files()) {
      if (/\.(gz|br)$/.test(file) || file === '/_headers' || file === '/_redirects') continue;
      const ext = /\.([A-Za-z0-9_]+)$/.exec(file)?.[1] ?? '';
      expect(
        Object.keys(CONTENT_TYPES),
        `${file}: add its type to src/lib/deploy/policy.ts`,
      ).toContain(ext);
      const key = file.endsWith('.csl.json') ? 'csl' : /\/changes\.xml$/.test(file) ? 'atom' : ext;
      if (!byType.has(key)) byType.set(key, file);
    }
    expect([...byType.keys()]).toEqual(
      expect.arrayContaining([
        'html',
        'css',
        'js',
        'json',
        'csl',
        'atom',
        'xml',
        'csv',
        'bib',
        'ris',
        'pagefind',
        'pf_meta',
        'pf_index',
        'pf_fragment',
        'png',
        'svg',
        'txt',
      ]),
    );
    for (const file of byType.values()) {
      const res = await get(
        site,
        file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file,
      );
      expect(res.status, file).toBe(200);
      expect(header(res, 'content-type'), file).toBe(contentTypeFor(file));
    }
    expect(header(await get(site, '/pagefind/wasm.en.pagefind'), 'content-type')).toBe(
      'application/octet-stream',
    );
    expect(header(await get(site, '/en/changes.xml'), 'content-type')).toBe(
      'application/atom+xml; charset=utf-8',
    );
  });

  it('answers every entry of redirects.json with a 301 to its new path', async () => {
    for (const r of REDIRECTS) {
      const res = await get(site, r.from);
      expect(res.status, r.from).toBe(301);
      expect(header(res, 'location'), r.from).toBe(r.to);
    }
    const res = await get(fixture, '/en/measures/old-id/');
    expect(res.status).toBe(301);
    expect(header(res, 'location')).toBe('/en/measures/1-3-2/');
    for (const [name, value] of SECURITY_HEADERS) expect(header(res, name), name).toBe(value);
  });

  it('adds the trailing slash with a relative 301', async () => {
    const res = await get(site, '/en/measures/1-3-2');
    expect(res.status).toBe(301);
    expect(header(res, 'location')).toBe('/en/measures/1-3-2/');
  });

  it('sends the 404 page with status 404', async () => {
    const res = await get(site, samples.missing, { 'accept-encoding': 'identity' });
    expect(res.status).toBe(404);
    expect(header(res, 'content-type')).toBe('text/html; charset=utf-8');
    expect(res.body.equals(readFileSync(join(DIST, '404.html')))).toBe(true);
  });

  it('lists no directory', async () => {
    for (const path of ['/_astro/', '/pagefind/', '/data/', '/cards/en/']) {
      const res = await get(site, path);
      expect([403, 404], path).toContain(res.status);
      expect(res.body.toString(), path).not.toMatch(/Index of|\.js"|\.json"/);
    }
  });

  it.each([...TRAVERSALS, '/.git/config', '/_astro/..%2f..%2f..%2f..%2fetc/passwd'])(
    'serves nothing from outside dist/ for %s',
    async (path) => {
      for (const origin of [site, fixture]) {
        const res = await get(origin, path);
        expect([400, 403, 404], `${origin}${path}`).toContain(res.status);
        expect(res.body.toString(), `${origin}${path}`).not.toMatch(/SECRET|root:x?:0:/);
      }
    },
  );

  it('follows no symbolic link out of the served directory', async () => {
    for (const path of ['/leak.txt', '/leak/secret.txt']) {
      const res = await get(fixture, path);
      expect([403, 404], path).toContain(res.status);
      expect(res.body.toString()).not.toContain('SECRET');
    }
  });
});
