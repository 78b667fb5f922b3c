import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../helpers/dist';
import { ROOT } from '../helpers/content';

/**
 * Published URLs never break. tests/manifest/urls.txt lists every URL ever published; a URL that
 * disappears from the build fails here. New pages are added with `npm run manifest:update`.
 */
const MANIFEST = join(ROOT, 'tests', 'manifest', 'urls.txt');
const published = readFileSync(MANIFEST, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('published URL manifest', () => {
  const built = new Set(builtPages().map((p) => p.path));

  it('every published URL still exists', () => {
    const missing = published.filter((url) => !built.has(url));
    expect(
      missing,
      'These published URLs are gone. Restore them or add a redirect page; never remove a line from tests/manifest/urls.txt.',
    ).toEqual([]);
  });

  it('every built page is in the manifest', () => {
    const manifest = new Set(published);
    const unlisted = [...built].filter((p) => !manifest.has(p) && p !== '/404.html');
    expect(unlisted, 'New pages: run `npm run manifest:update` and commit tests/manifest/urls.txt.').toEqual([]);
  });

  it('lists no URL twice and keeps it sorted', () => {
    expect(new Set(published).size).toBe(published.length);
    expect(published).toEqual([...published].sort());
  });
});
