import { readFileSync } from 'node:fs';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { PREVIEW_ORIGIN } from '../../src/lib/deploy/origin';
import { cssString, printOrigin, printOriginPlugin } from '../../src/lib/deploy/print-origin';

const run = async (css: string, site: string) =>
  (await postcss([printOriginPlugin(site)]).process(css, { from: undefined })).css;

describe('print origin', () => {
  it('is the canonical origin in a deployment build and nothing in a preview', () => {
    expect(printOrigin('https://atlas.example.org')).toBe('https://atlas.example.org');
    expect(printOrigin('https://atlas.example.org/')).toBe('https://atlas.example.org');
    expect(printOrigin(PREVIEW_ORIGIN)).toBe('');
    expect(printOrigin('http://127.0.0.1:8080')).toBe('');
  });

  it('is written as a CSS string', () => {
    expect(cssString('https://atlas.example.org')).toBe('"https://atlas.example.org"');
    expect(cssString('')).toBe('""');
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
  });

  it('sets every --print-origin declaration and nothing else', async () => {
    const css =
      "@media print { :root { --print-origin: ''; --other: ''; } a::after { content: var(--print-origin); } }";
    const out = await run(css, 'https://atlas.example.org');
    expect(out).toContain('--print-origin: "https://atlas.example.org";');
    expect(out).toContain("--other: '';");
    expect(out).toContain('content: var(--print-origin);');
    expect(await run(css, PREVIEW_ORIGIN)).toContain('--print-origin: "";');
  });

  it('is declared in the print stylesheet, and internal link targets print with it', async () => {
    const global = readFileSync('src/styles/global.css', 'utf8');
    const out = await run(global, 'https://atlas.example.org');
    expect(out).toMatch(/@media print \{[^@]*--print-origin: "https:\/\/atlas\.example\.org";/);
    expect(out).toMatch(
      /main a\[href\^='\/'\]::after \{\s*content: ' <' var\(--print-origin\) attr\(href\) '>';/,
    );
  });
});
