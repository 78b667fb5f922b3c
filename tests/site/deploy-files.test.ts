import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PRECOMPRESS_EXTENSIONS, SECURITY_HEADERS } from '../../src/lib/deploy/policy';
import type { Redirect } from '../../src/lib/content/redirects';
import { readJson } from '../helpers/content';
import { DIST, requireDist } from '../helpers/dist';

/** What the build adds for servers and CDNs: `_headers`, `_redirects`, and `.gz`/`.br` next to text files. */
describe('deployment files in dist/', () => {
  requireDist();
  const files = (readdirSync(DIST, { recursive: true }) as string[]).sort();

  /** `_headers` read as a host reads it: path lines, then indented `Name: value` lines. */
  function headerRules(text: string): Map<string, Map<string, string>> {
    const rules = new Map<string, Map<string, string>>();
    let current: Map<string, string> | undefined;
    for (const line of text.split('\n')) {
      if (line.startsWith('#') || line.trim() === '') continue;
      if (!line.startsWith(' ')) rules.set(line.trim(), (current = new Map<string, string>()));
      else
        current!.set(
          line.trim().slice(0, line.trim().indexOf(':')),
          line
            .trim()
            .slice(line.trim().indexOf(':') + 1)
            .trim(),
        );
    }
    return rules;
  }

  it('has _headers with every security header on every path and bundles cached for a year', () => {
    const rules = headerRules(readFileSync(join(DIST, '_headers'), 'utf8'));
    expect(Object.fromEntries(rules.get('/*')!)).toEqual(
      expect.objectContaining(Object.fromEntries(SECURITY_HEADERS)),
    );
    expect(rules.get('/*')!.get('Content-Security-Policy')).toMatch(/frame-ancestors 'none'/);
    expect(rules.get('/_astro/*')?.get('Cache-Control')).toMatch(/max-age=31536000, immutable/);
    expect(rules.get('/*.csv')?.get('Content-Type')).toBe('text/csv; charset=utf-8');
  });

  it('has _redirects with a permanent redirect per entry of content/data/redirects.json', () => {
    const lines = readFileSync(join(DIST, '_redirects'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'));
    expect(lines).toEqual(
      readJson<Redirect[]>('content/data/redirects.json').map((r) => `${r.from} ${r.to} 301`),
    );
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
        else
          expect(
            unpack(readFileSync(join(DIST, file + suffix))).equals(original),
            file + suffix,
          ).toBe(true);
      }
    }
    expect(missing).toEqual([]);
  });

  it('compresses nothing that is compressed already', () => {
    expect(files.filter((f) => /\.(png|woff2|pf_\w+|pagefind)\.(gz|br)$/.test(f))).toEqual([]);
  });
});
