import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, removeProject } from '../helpers/project-copy';
import { URL_LABELS, markProblems, previewMarks } from '../helpers/preview-marks';
import { shippedIncludes, startNginx } from '../helpers/nginx';
import { follow } from '../helpers/follow';
import { nginxConfig } from '../../src/lib/deploy/nginx';
import { serverRedirects } from '../../src/lib/deploy/policy';
import type { Redirect } from '../../src/lib/content/redirects';

/** Both builds are deployment builds (SITE_URL set), so the later tests can check one. */
const SITE_URL = 'https://atlas.example.org';

/** One rename as an editor records it (CONTRIBUTING.md, "When an ID or path changes"), added to both copies before the build. */
const RENAME: Redirect = {
  from: '/en/measures/old-1-3-2/',
  to: '/en/measures/1-3-2/',
  since: '2026-01-15',
  reason: 'test: a renamed page',
};

function addRedirect(root: string): Redirect[] {
  const file = join(root, 'content', 'data', 'redirects.json');
  const redirects = [...(JSON.parse(readFileSync(file, 'utf8')) as Redirect[]), RENAME];
  writeFileSync(file, `${JSON.stringify(redirects, null, 2)}\n`);
  return redirects;
}

/** Relative path → SHA-256 of every file under `dir`. */
function hashes(dir: string): Map<string, string> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) =>
    statSync(join(dir, f)).isFile(),
  );
  return new Map(
    files.sort().map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

const copies: string[] = [];
// Two full builds with their compressed files: removing them can take longer than the default hook timeout.
afterAll(() => copies.forEach(removeProject), 60_000);

describe('deployment builds of a copy: reproducible, no preview, a redirect that works', () => {
  it('two builds of the same sources produce identical files', { timeout: 240_000 }, () => {
    // Two copies in different directories: output must depend on neither the path nor the time.
    const builds = [copyProject('atlas-repro-a-'), copyProject('atlas-repro-b-')].map((root) => {
      copies.push(root);
      addRedirect(root);
      const { status, output } = astroBuild(root, [], { SITE_URL });
      expect(status, output).toBe(0);
      return hashes(join(root, 'dist'));
    });
    const [a, b] = builds as [Map<string, string>, Map<string, string>];
    expect(a.size).toBeGreaterThan(400);
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f));
    expect(differing, `files that differ between two builds:\n${differing.join('\n')}`).toEqual([]);
  });

  it('a build with SITE_URL is no preview: indexable, no note, permanent URLs at that origin', () => {
    const pages = previewMarks(join(copies[0]!, 'dist'));
    expect(pages.length).toBeGreaterThan(400);
    expect(markProblems(pages, false, URL_LABELS)).toEqual([]);
    for (const p of pages)
      if (p.canonical)
        expect(p.canonical.startsWith(`${SITE_URL}/`), `${p.file}: ${p.canonical}`).toBe(true);
  });

  it('a redirect in content/data/redirects.json is built and, followed, leads to a 200 page: by nginx (301) and by its redirect page', async () => {
    const root = copies[0]!;
    const dist = join(root, 'dist');
    const redirects = JSON.parse(
      readFileSync(join(root, 'content', 'data', 'redirects.json'), 'utf8'),
    ) as Redirect[];
    // The configuration `npm run deploy:config` would write for this copy, and one for a host that only serves files.
    const withRedirects = join(root, 'atlas.conf');
    const filesOnly = join(root, 'files-only.conf');
    writeFileSync(withRedirects, nginxConfig(serverRedirects(redirects)));
    writeFileSync(filesOnly, nginxConfig([]));
    const nginx = await startNginx([
      { root: dist, includes: shippedIncludes(withRedirects) },
      { root: dist, includes: shippedIncludes(filesOnly) },
    ]);
    try {
      const [server, plain] = nginx.origins as [string, string];
      const byServer = await follow(server, RENAME.from);
      expect(byServer.hops.map((h) => [h.path, h.status, h.next?.by])).toEqual([
        [RENAME.from, 301, 'location'],
        [RENAME.to, 200, undefined],
      ]);
      const byPage = await follow(plain, RENAME.from);
      expect(byPage.hops.map((h) => [h.path, h.status, h.next?.by])).toEqual([
        [RENAME.from, 200, 'refresh'],
        [RENAME.to, 200, undefined],
      ]);
      for (const { final } of [byServer, byPage]) {
        const page = parseHTML(final.body.toString('utf8')).document;
        expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
          `${SITE_URL}${RENAME.to}`,
        );
        expect(
          page.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '',
        ).not.toContain('noindex');
      }
    } finally {
      await nginx.stop();
    }
  });
});
