import { describe, expect, it } from 'vitest';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { contentSecurityPolicy } from '../../src/lib/head/csp';
import { precompress } from '../../src/lib/deploy/compress';
import { NGINX_BROTLI_CONFIG, nginxConfig } from '../../src/lib/deploy/nginx';
import { PREVIEW_ORIGIN, isPreviewSite, siteOrigin } from '../../src/lib/deploy/origin';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  CSP_HEADER,
  SECURITY_HEADERS,
  cacheControlFor,
  contentTypeFor,
  serverRedirects,
} from '../../src/lib/deploy/policy';
import { headersFile, redirectsFile } from '../../src/lib/deploy/static-host';
import type { Redirect } from '../../src/lib/content/redirects';
import { readJson } from '../helpers/content';

const realRedirects = serverRedirects(readJson<Redirect[]>('content/data/redirects.json'));
const renamed = serverRedirects([{ from: '/en/measures/old-id/', to: '/en/measures/1-3-2/' }]);

/** The `location` blocks of a configuration, each with its selector and body. */
function locations(config: string): { selector: string; body: string }[] {
  return [...config.matchAll(/^location ([^{]+) \{\n([\s\S]*?)^\}/gm)].map((m) => ({
    selector: m[1]!,
    body: m[2]!,
  }));
}

describe('canonical origin', () => {
  it('is the local preview without SITE_URL, and that is a preview', () => {
    expect(siteOrigin({})).toBe(PREVIEW_ORIGIN);
    expect(siteOrigin({ SITE_URL: ' ' })).toBe(PREVIEW_ORIGIN);
    expect(isPreviewSite(new URL(PREVIEW_ORIGIN))).toBe(true);
    expect(isPreviewSite('http://127.0.0.1:8080/')).toBe(true);
  });

  it('is SITE_URL when set, and then no preview', () => {
    expect(siteOrigin({ SITE_URL: 'https://atlas.example.org/' })).toBe(
      'https://atlas.example.org',
    );
    expect(isPreviewSite(new URL('https://atlas.example.org'))).toBe(false);
  });

  it('refuses a SITE_URL that is no origin, saying what to set', () => {
    expect(() => siteOrigin({ SITE_URL: 'atlas.example.org' })).toThrow(
      /e\.g\. https:\/\/atlas\.example\.org/,
    );
    expect(() => siteOrigin({ SITE_URL: 'https://example.org/atlas/' })).toThrow(/origin only/);
    expect(() => siteOrigin({ SITE_URL: 'ftp://example.org' })).toThrow(/origin only/);
  });
});

describe('deployment policy', () => {
  it('sends the page CSP as a header, plus frame-ancestors', () => {
    expect(CSP_HEADER).toBe(`${contentSecurityPolicy()}; frame-ancestors 'none'`);
  });

  it('names every header a security scanner grades', () => {
    expect(SECURITY_HEADERS.map(([n]) => n)).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
        'Cross-Origin-Opener-Policy',
      ]),
    );
  });

  it('types the files the site publishes', () => {
    expect(contentTypeFor('/en/measures/1-3-2/')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/en/measures/1-3-2/cite.csl.json')).toBe(
      'application/vnd.citationstyles.csl+json; charset=utf-8',
    );
    expect(contentTypeFor('/data/measures.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('/de/changes.xml')).toBe('application/atom+xml; charset=utf-8');
    expect(contentTypeFor('/sitemap.xml')).toBe('application/xml; charset=utf-8');
    expect(contentTypeFor('/en/measures/1-3-2/cite.bib')).toMatch(/^application\/x-bibtex/);
    expect(contentTypeFor('/en/measures/1-3-2/cite.ris')).toMatch(
      /^application\/x-research-info-systems/,
    );
    expect(contentTypeFor('/data/measures.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeFor('/pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
  });

  it('keeps hashed bundles for a year and revalidates the rest', () => {
    expect(cacheControlFor('/_astro/enhance.B1a2c3.js')).toBe(CACHE_IMMUTABLE);
    expect(CACHE_IMMUTABLE).toMatch(/max-age=31536000.*immutable/);
    expect(cacheControlFor('/en/')).toBe(CACHE_REVALIDATE);
    expect(cacheControlFor('/pagefind/pagefind.js')).toBe(CACHE_REVALIDATE);
  });

  it('refuses a redirect path a server configuration could misread', () => {
    expect(() => serverRedirects([{ from: '/a b/', to: '/en/' }])).toThrow(/a b/);
    expect(() => serverRedirects([{ from: '/en/x/', to: '/en/;return 200' }])).toThrow(
      /return 200/,
    );
  });
});

describe('nginx configuration', () => {
  const config = nginxConfig(renamed);

  it('is the shipped file (after a policy or redirect change, run `npm run deploy:config`)', async () => {
    await expect(nginxConfig(realRedirects)).toMatchFileSnapshot('../../deploy/nginx/atlas.conf');
    await expect(NGINX_BROTLI_CONFIG).toMatchFileSnapshot('../../deploy/nginx/brotli.conf');
  });

  it('repeats every security header in every location, for every status', () => {
    const blocks = locations(config);
    expect(blocks.length).toBeGreaterThan(4);
    for (const { selector, body } of blocks) {
      for (const [name] of SECURITY_HEADERS)
        expect(body, selector).toMatch(new RegExp(`add_header ${name} ".+" always;`));
      expect(body, selector).toMatch(/add_header Cache-Control ".+" always;/);
    }
  });

  it('answers a renamed page with a 301 to its new path', () => {
    const renamed = locations(config).find((l) => l.selector === '= /en/measures/old-id/');
    expect(renamed?.body).toContain('return 301 /en/measures/1-3-2/;');
  });

  it('lists no directories, keeps to dist/ and sends the 404 page', () => {
    expect(config).toMatch(/^autoindex off;$/m);
    expect(config).toMatch(/^disable_symlinks on;$/m);
    expect(config).toMatch(/^error_page 404 \/404\.html;$/m);
    expect(config).not.toMatch(/\balias\b/);
  });
});

describe('static host files', () => {
  it('give every path the security headers and hashed bundles a year', () => {
    const headers = headersFile();
    const all = `${headers.split('\n\n')[0]!}\n`;
    expect(all).toMatch(/^(#.*\n)?\/\*\n/);
    for (const [name, value] of SECURITY_HEADERS) expect(all).toContain(`  ${name}: ${value}\n`);
    expect(headers).toContain(`/_astro/*\n  Cache-Control: ${CACHE_IMMUTABLE}\n`);
    expect(headers).toContain(
      '/*.csl.json\n  Content-Type: application/vnd.citationstyles.csl+json; charset=utf-8\n',
    );
    expect(headers).toContain(
      '/en/changes.xml\n  Content-Type: application/atom+xml; charset=utf-8\n',
    );
  });

  it('redirect each renamed page with a 301', () => {
    expect(redirectsFile(renamed).split('\n')).toContain(
      '/en/measures/old-id/ /en/measures/1-3-2/ 301',
    );
  });
});

describe('precompression', () => {
  it('writes gzip and brotli next to text files, with the same modification time, and leaves images alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-compress-'));
    try {
      const html = `<!doctype html><title>x</title>${'<p>Maßnahme 1.3.2</p>'.repeat(200)}`;
      writeFileSync(join(dir, 'index.html'), html);
      writeFileSync(join(dir, 'card.png'), Buffer.alloc(2000, 7));
      writeFileSync(join(dir, 'tiny.txt'), 'x');
      // Compressible, but below a kilobyte: one packet either way.
      writeFileSync(join(dir, 'cite.bib'), '@misc{atlas, title = {Maßnahme 1.3.2}}\n'.repeat(20));
      const result = await precompress(dir);
      expect(result.files).toBe(1);
      expect(existsSync(join(dir, 'cite.bib.gz'))).toBe(false);
      expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(html);
      expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(html);
      const seconds = (file: string) => Math.floor(statSync(join(dir, file)).mtimeMs / 1000);
      expect(seconds('index.html.gz')).toBe(seconds('index.html'));
      expect(existsSync(join(dir, 'card.png.gz'))).toBe(false);
      // A variant that is not smaller is not written.
      expect(existsSync(join(dir, 'tiny.txt.gz'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves out a folder named to skip directly under the output, but not one of that name deeper down', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-compress-'));
    try {
      const html = `<!doctype html><title>x</title>${'<p>Maßnahme 1.3.2</p>'.repeat(200)}`;
      for (const sub of ['pagefind', 'en/pagefind', 'en'])
        mkdirSync(join(dir, sub), { recursive: true });
      for (const file of ['index.html', 'pagefind/a.html', 'en/pagefind/b.html', 'en/c.html'])
        writeFileSync(join(dir, file), html);
      const result = await precompress(dir, undefined, undefined, ['pagefind']);
      expect(result.files).toBe(3);
      expect(existsSync(join(dir, 'pagefind/a.html.gz'))).toBe(false);
      expect(existsSync(join(dir, 'en/pagefind/b.html.gz'))).toBe(true);
      expect(existsSync(join(dir, 'en/c.html.br'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('encodes the shared stylesheet at brotli quality 11 and pages at 7, and keeps both apart in its cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-compress-'));
    try {
      // Varied text, so that the two qualities give different bytes.
      const text = Array.from(
        { length: 400 },
        (_, i) => `.m-${i} { margin: ${i % 7}px ${(i * 13) % 29}px } /* Maßnahme ${i} */`,
      ).join('\n');
      mkdirSync(join(dir, 'site'));
      writeFileSync(join(dir, 'site', 'style.css'), text);
      writeFileSync(join(dir, 'site', 'page.html'), text);
      await precompress(join(dir, 'site'), undefined, join(dir, '.cache'));
      const at = (quality: number) =>
        brotliCompressSync(Buffer.from(text), {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text),
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        });
      expect(at(11).equals(at(7))).toBe(false);
      expect(readFileSync(join(dir, 'site', 'style.css.br')).equals(at(11))).toBe(true);
      expect(readFileSync(join(dir, 'site', 'page.html.br')).equals(at(7))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the same bytes from its cache as from compressing, and fills the cache once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-compress-'));
    const cache = join(dir, '.cache');
    try {
      const html = `<!doctype html><title>y</title>${'<p>Abschnitt 2.1</p>'.repeat(300)}`;
      mkdirSync(join(dir, 'site'));
      writeFileSync(join(dir, 'site', 'index.html'), html);
      await precompress(join(dir, 'site'), undefined, cache);
      const first = readFileSync(join(dir, 'site', 'index.html.br'));
      expect(readdirSync(cache)).toHaveLength(2);
      rmSync(join(dir, 'site', 'index.html.br'));
      await precompress(join(dir, 'site'), undefined, cache);
      expect(readFileSync(join(dir, 'site', 'index.html.br')).equals(first)).toBe(true);
      expect(brotliDecompressSync(first).toString()).toBe(html);
      expect(readdirSync(cache)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
