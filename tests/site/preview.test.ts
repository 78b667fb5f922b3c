import { describe, expect, it } from 'vitest';
import { isPreviewSite, siteOrigin } from '../../src/lib/deploy/origin';
import { DIST, requireDist } from '../helpers/dist';
import { URL_LABELS, markProblems, previewMarks } from '../helpers/preview-marks';

/**
 * A build without SITE_URL (as `npm test` makes) is a preview: every page `noindex`, a visible note,
 * and no address in a cite box called permanent. A build with SITE_URL carries none of that; the
 * same check runs on one in tests/builds/reproducible.test.ts.
 */
describe(`the build is a ${isPreviewSite(siteOrigin()) ? 'preview' : 'deployment'} build and says so`, () => {
  it('on every page', () => {
    requireDist();
    const pages = previewMarks(DIST);
    expect(pages.length).toBeGreaterThan(400);
    expect(pages.filter((p) => p.urlLabel !== undefined).length).toBeGreaterThan(200);
    expect(markProblems(pages, isPreviewSite(siteOrigin()), URL_LABELS)).toEqual([]);
  });
});
