import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../helpers/dist';
import { ROOT } from '../helpers/content';
import { pinpointUrls, readManifest } from '../../scripts/pinpoints';

/**
 * Published pinpoint anchors never break: `…/orders/14179/#sec-3` keeps pointing at section 3.
 * tests/manifest/anchors.txt lists every anchor ever published (`npm run manifest:update` adds new ones).
 */
const published = readManifest(
  readFileSync(join(ROOT, 'tests', 'manifest', 'anchors.txt'), 'utf8'),
);

describe('published anchor manifest', () => {
  const built = new Set(builtPages().flatMap((p) => pinpointUrls(p.path, p.document)));

  it('lists pinpoints on every kind of entity page', () => {
    for (const url of [
      '/en/measures/1-3-2/#original',
      '/de/orders/14179/#sec-3',
      '/en/topics/regulatory-approach/#row-1',
      '/de/measures/1-3-2/#cite',
    ])
      expect(published).toContain(url);
  });

  it('every published anchor still exists with its self-link', () => {
    const missing = published.filter((url) => !built.has(url));
    expect(
      missing,
      'These published anchors are gone. Restore them; never remove a line from tests/manifest/anchors.txt.',
    ).toEqual([]);
  });

  it('every pinpoint of the build is in the manifest', () => {
    const manifest = new Set(published);
    const unlisted = [...built].filter((url) => !manifest.has(url));
    expect(
      unlisted,
      'New anchors: run `npm run manifest:update` and commit tests/manifest/anchors.txt.',
    ).toEqual([]);
  });

  it('lists no anchor twice and keeps them sorted', () => {
    expect(new Set(published).size).toBe(published.length);
    expect(published).toEqual([...published].sort());
  });
});
