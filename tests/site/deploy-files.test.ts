import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PRECOMPRESS_EXTENSIONS, serverRedirects } from '../../src/lib/deploy/policy';
import { headersFile, redirectsFile } from '../../src/lib/deploy/static-host';
import type { Redirect } from '../../src/lib/content/redirects';
import { readJson } from '../helpers/content';
import { DIST, requireDist } from '../helpers/dist';

/** What the build adds for servers and CDNs: `_headers`, `_redirects`, and `.gz`/`.br` next to text files. */
describe('deployment files in dist/', () => {
  requireDist();
  const files = (readdirSync(DIST, { recursive: true }) as string[]).sort();

  it('has _headers and _redirects from the deployment policy', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(headersFile());
    const redirects = serverRedirects(readJson<Redirect[]>('content/data/redirects.json'));
    expect(readFileSync(join(DIST, '_redirects'), 'utf8')).toBe(redirectsFile(redirects));
  });

  it('has a gzip and a brotli copy of every larger text file, each the same bytes unpacked', () => {
    const text = files.filter((f) => PRECOMPRESS_EXTENSIONS.includes(extname(f).slice(1)));
    expect(text.length).toBeGreaterThan(2000);
    const missing: string[] = [];
    for (const file of text) {
      const original = readFileSync(join(DIST, file));
      if (original.length < 1024) continue;
      for (const [suffix, unpack] of [
        ['.gz', gunzipSync],
        ['.br', brotliDecompressSync],
      ] as const) {
        if (!existsSync(join(DIST, file + suffix))) missing.push(file + suffix);
        else expect(unpack(readFileSync(join(DIST, file + suffix))).equals(original), file + suffix).toBe(true);
      }
    }
    expect(missing).toEqual([]);
  });

  it('compresses nothing that is compressed already', () => {
    expect(files.filter((f) => /\.(png|woff2|pf_\w+|pagefind)\.(gz|br)$/.test(f))).toEqual([]);
  });
});
