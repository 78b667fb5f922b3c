import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, removeProject } from '../helpers/project-copy';
import { URL_LABELS, markProblems, previewMarks } from '../helpers/preview-marks';

/** Both builds are deployment builds (SITE_URL set), so the second test can check one. */
const SITE_URL = 'https://atlas.example.org';

/** Relative path → SHA-256 of every file under `dir`. */
function hashes(dir: string): Map<string, string> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile());
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

describe('reproducible output', () => {
  it('two builds of the same sources produce identical files', { timeout: 240_000 }, () => {
    // Two copies in different directories: output must depend on neither the path nor the time.
    const builds = [copyProject('atlas-repro-a-'), copyProject('atlas-repro-b-')].map((root) => {
      copies.push(root);
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
    for (const p of pages) if (p.canonical) expect(p.canonical.startsWith(`${SITE_URL}/`), `${p.file}: ${p.canonical}`).toBe(true);
  });
});
