import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content';
import { astroBuild, copyProject, htmlFiles, removeProject } from '../helpers/project-copy';
import { formatProblem, runContentChecks } from '../../src/lib/content/all-checks';

type Path = (string | number)[];
type Edit =
  | { op: 'delete'; path: Path }
  | { op: 'set'; path: Path; value: unknown }
  | { op: 'duplicate'; path: Path }
  | { op: 'remove' }
  | { op: 'replace'; find: string; with: string }
  /** Replaces the whole JSON file, for defects that need control over every record (the tracker's). */
  | { op: 'write'; value: unknown };

interface Fixture {
  name: string;
  /** The file the defect is put into, relative to the project root. */
  file: string;
  edit: Edit;
  /** Further edits to other files, for defects that span two files (a status and its events). */
  also?: { file: string; edit: Edit }[];
  /** Strings the build output must contain: at least the file and the field. */
  expect: string[];
}

const FIXTURE_DIR = join(ROOT, 'tests', 'fixtures', 'bad-content');
const fixtures = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as Fixture);

/** Applies one declarative edit to the copy; throws if the edit no longer matches the content. */
function applyEdit(root: string, fixture: Fixture): void {
  for (const extra of fixture.also ?? []) applyEdit(root, { ...fixture, ...extra, also: [] });
  const path = join(root, fixture.file);
  const { edit } = fixture;
  if (edit.op === 'remove') return rmSync(path);
  if (edit.op === 'write') return writeFileSync(path, JSON.stringify(edit.value, null, 2));
  const source = readFileSync(path, 'utf8');
  if (edit.op === 'replace') {
    if (!source.includes(edit.find))
      throw new Error(`fixture "${fixture.name}": ${fixture.file} no longer contains ${edit.find}`);
    return writeFileSync(path, source.replace(edit.find, edit.with));
  }
  const data = JSON.parse(source) as unknown;
  const parentPath = edit.path.slice(0, -1);
  const key = edit.path.at(-1)!;
  const parent = parentPath.reduce<Record<string | number, unknown>>(
    (node, k) => node[k] as Record<string | number, unknown>,
    data as Record<string | number, unknown>,
  );
  if (!(key in parent))
    throw new Error(
      `fixture "${fixture.name}": ${fixture.file} has nothing at ${edit.path.join('.')}`,
    );
  if (edit.op === 'delete') delete parent[key];
  if (edit.op === 'set') parent[key] = edit.value;
  if (edit.op === 'duplicate') (parent as unknown as unknown[]).push(structuredClone(parent[key]));
  writeFileSync(path, JSON.stringify(data, null, 2));
}

/** A copy of the project with the fixture's defect in it, removed again when `use` ends. */
function withDefect<T>(fixture: Fixture, prefix: string, use: (root: string) => T): T {
  const root = copyProject(prefix);
  try {
    applyEdit(root, fixture);
    return use(root);
  } finally {
    removeProject(root);
  }
}

describe('bad content is refused with file, field and fix', () => {
  it('has the sixteen kinds of defect of the site, the six of the editorial checks and the ten of the tracker', () => {
    expect(fixtures).toHaveLength(32);
  });

  // The build runs these same checks before it writes a page (src/integrations/content-check.ts), so
  // each defect is put to them in-process, in a copy of the project: a second instead of a build.
  // A defect only the Markdown pipeline can see (none of them today) falls through to a real build.
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    withDefect(fixture, 'atlas-bad-', (root) => {
      let output = runContentChecks(root, new Date().toISOString().slice(0, 10))
        .map(formatProblem)
        .join('\n');
      if (output === '') {
        const build = astroBuild(root);
        expect(build.status, build.output).not.toBe(0);
        expect(
          htmlFiles(join(root, 'dist')),
          'a refused build must not leave a partial site',
        ).toEqual([]);
        output = build.output;
      }
      for (const needle of fixture.expect)
        expect(output, `output should name ${needle}`).toContain(needle);
      expect(output, 'output should say how to fix it').toMatch(/Fix: \S/);
    });
  });

  it('stops a real build before any page is written, with the same message', () => {
    // Any defect will do: what this proves is that the build runs the checks and stops on them.
    const fixture = fixtures[0]!;
    withDefect(fixture, 'atlas-bad-build-', (root) => {
      const { status, output } = astroBuild(root);
      expect(status, output).not.toBe(0);
      for (const needle of fixture.expect)
        expect(output, `output should name ${needle}`).toContain(needle);
      expect(output).toMatch(/Fix: \S/);
      expect(
        htmlFiles(join(root, 'dist')),
        'a refused build must not leave a partial site',
      ).toEqual([]);
    });
  });
});
