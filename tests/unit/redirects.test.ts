import { describe, expect, it } from 'vitest';
import {
  brokenPublishedUrls,
  checkRedirects,
  resolvePublishedUrl,
} from '../../src/lib/content/redirects';
import { checkContent, formatProblem } from '../../src/lib/content/all-checks';
import { realTree } from '../helpers/content';

const pages = new Set(['/en/measures/1-3-2/', '/de/measures/1-3-2/', '/en/orders/14319/']);
const ok = {
  from: '/en/measures/old-id/',
  to: '/en/measures/1-3-2/',
  since: '2027-01-05',
  reason: 'The ID was corrected.',
};

describe('redirect list check', () => {
  it('accepts a redirect from an old path to a page', () => {
    expect(checkRedirects([ok], pages)).toEqual([]);
  });

  it('refuses a target that is not a page and a source that still is one, naming file, field and fix', () => {
    const problems = checkRedirects(
      [
        { ...ok, to: '/en/measures/9-9-9/' },
        { ...ok, from: '/en/orders/14319/' },
      ],
      pages,
    );
    expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
      'content/data/redirects.json: [0].to: "/en/measures/9-9-9/" is not a page of the site',
      'content/data/redirects.json: [1].from: "/en/orders/14319/" is a page of the site',
    ]);
    expect(problems.every((p) => p.fix.length > 10)).toBe(true);
  });

  it('refuses malformed records, duplicates and a change of language', () => {
    const fields = checkRedirects(
      [
        { from: 'en/x', to: '/en/measures/1-3-2/', since: 'soon', reason: '' },
        ok,
        ok,
        { ...ok, from: '/de/measures/alt/' },
        { ...ok, extra: 1 },
      ],
      pages,
    ).map((p) => p.field);
    expect(fields).toEqual([
      '[0].from',
      '[0].since',
      '[0].reason',
      '[2].from',
      '[3].to',
      '[4].extra',
      '[4].from',
    ]);
  });

  it('runs as part of the content check on the real content', () => {
    const tree = structuredClone(realTree());
    expect(tree.redirects?.file).toBe('content/data/redirects.json');
    tree.redirects!.records = [{ ...ok, from: '/en/measures/1-3-1/', to: '/en/measures/1-3-99/' }];
    expect(checkContent(tree).map(formatProblem)).toEqual([
      expect.stringContaining('[0].from: "/en/measures/1-3-1/" is a page of the site'),
      expect.stringContaining('[0].to: "/en/measures/1-3-99/" is not a page of the site'),
    ]);
  });
});

describe('published URLs after a rename', () => {
  const built = new Set(['/en/measures/1-3-2/', '/data/measures.json']);

  it('accept a page, a file, and a redirect that leads to a page directly or through further redirects', () => {
    const redirects = new Map([
      ['/en/measures/a/', '/en/measures/b/'],
      ['/en/measures/b/', '/en/measures/1-3-2/'],
    ]);
    expect(
      brokenPublishedUrls(
        ['/en/measures/1-3-2/', '/data/measures.json', '/en/measures/a/'],
        built,
        redirects,
      ),
    ).toEqual([]);
    expect(resolvePublishedUrl('/en/measures/a/', built, redirects)).toEqual({
      ok: true,
      page: '/en/measures/1-3-2/',
    });
  });

  it('fail a URL that is gone, a redirect to nowhere and a redirect loop', () => {
    const redirects = new Map([
      ['/en/x/', '/en/gone/'],
      ['/en/loop-a/', '/en/loop-b/'],
      ['/en/loop-b/', '/en/loop-a/'],
    ]);
    expect(
      brokenPublishedUrls(['/en/removed/', '/en/x/', '/en/loop-a/'], built, redirects),
    ).toEqual([
      '/en/removed/: neither a page nor a redirect',
      '/en/x/: redirects via /en/x/ to /en/gone/, which does not exist',
      '/en/loop-a/: redirect loop /en/loop-a/ → /en/loop-b/ → /en/loop-a/',
    ]);
  });
});
