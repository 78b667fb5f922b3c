import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// No import of the other helpers: `npm run bench` loads this file under plain Node, which needs extensions.
const ROOT = resolve(import.meta.dirname, '..', '..');

/** What a build needs besides node_modules, which is linked rather than copied. */
const COPIED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content'];

/** A throwaway copy of the project to build in, so a test can change content without touching the repo. */
export function copyProject(prefix = 'atlas-copy-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs `astro build` in `root` with the project's own Node; returns the exit status and all output. */
export function astroBuild(
  root: string,
  args: string[] = [],
  env: Record<string, string> = {},
): { status: number | null; output: string; ms: number } {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return {
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    ms: performance.now() - started,
  };
}

/** Every HTML file under `dir` (relative paths). */
export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
}
