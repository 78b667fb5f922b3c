import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, contentSecurityPolicy } from '../../src/lib/head/csp';
import { hrefWithHash } from '../../src/scripts/lang-switch';

describe('content security policy', () => {
  const policy = contentSecurityPolicy();
  const directive = (name: string) =>
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([n]) => n === name)
      ?.slice(1);

  it('allows scripts only from the site itself, plus WebAssembly for the search engine', () => {
    expect(directive('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/'unsafe-eval'/);
  });

  it('names no host other than the site', () => {
    for (const sources of Object.values(CSP_DIRECTIVES)) {
      for (const s of sources)
        expect(["'self'", "'none'", "'wasm-unsafe-eval'", 'data:']).toContain(s);
    }
  });

  it('shuts off plugins, base-URL changes and foreign form targets', () => {
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'self'"]);
    expect(directive('form-action')).toEqual(["'self'"]);
  });

  it('leaves out directives a meta policy ignores', () => {
    expect(directive('frame-ancestors')).toBeUndefined();
    expect(directive('report-uri')).toBeUndefined();
  });

  it('joins directives as a header value', () => {
    expect(
      contentSecurityPolicy({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] }),
    ).toBe("default-src 'self'; img-src 'self' data:");
  });
});

describe('language switch keeps the fragment', () => {
  it('appends the current fragment to the other language URL', () => {
    expect(hrefWithHash('/en/measures/1-3-2/', '#original')).toBe('/en/measures/1-3-2/#original');
  });
  it('replaces a fragment the link already had', () => {
    expect(hrefWithHash('/de/orders/14179/#sec-1', '#sec-2')).toBe('/de/orders/14179/#sec-2');
  });
  it('leaves the link alone without a fragment', () => {
    expect(hrefWithHash('/de/', '')).toBe('/de/');
    expect(hrefWithHash('/de/', '#')).toBe('/de/');
  });
});
