import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, publishedFiles, redirectPages } from '../helpers/dist';
import { ROOT } from '../helpers/content';
import { brokenPublishedUrls } from '../../src/lib/content/redirects';

/**
 * Published URLs never break. tests/manifest/urls.txt lists every URL ever published (pages, open
 * data, feeds, sitemap); a URL that disappears from the build fails here unless a redirect page leads
 * from it, directly or through further redirects, to a page that exists. New URLs are added with
 * `npm run manifest:update`.
 */
const MANIFEST = join(ROOT, 'tests', 'manifest', 'urls.txt');
const published = readFileSync(MANIFEST, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('published URL manifest', () => {
  const redirects = redirectPages();
  const files = publishedFiles();
  const built = new Set([
    ...builtPages().map((p) => p.path),
    ...files.filter((f) => !redirects.has(f)),
  ]);

  it('every published URL still leads to a page', () => {
    expect(
      brokenPublishedUrls(published, built, redirects),
      'These published URLs are gone. Restore them or add a redirect (content/data/redirects.json); never remove a line from tests/manifest/urls.txt.',
    ).toEqual([]);
  });

  it('every built page and data file is in the manifest', () => {
    const manifest = new Set(published);
    const unlisted = files.filter((p) => !manifest.has(p));
    expect(
      unlisted,
      'New URLs: run `npm run manifest:update` and commit tests/manifest/urls.txt.',
    ).toEqual([]);
  });

  it('every redirect page leads to a built page', () => {
    expect(brokenPublishedUrls([...redirects.keys()], built, redirects)).toEqual([]);
  });

  it('lists no URL twice and keeps it sorted', () => {
    expect(new Set(published).size).toBe(published.length);
    expect(published).toEqual([...published].sort());
  });
});
