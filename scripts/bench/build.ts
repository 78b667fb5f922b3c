import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesWithSize, sum } from './sizes.ts';

export interface BuildResult {
  /** Wall time of `astro build`, including Node start-up and content sync. */
  totalMs: number;
  /** Per phase, from the integrations (src/lib/build-timings.ts). */
  phases: Record<string, number>;
  pages: number;
  bytes: { html: number; css: number; js: number; pagefind: number; total: number };
}

/** Builds the project at `root` with phase timings on, and measures what it wrote to `root/dist`. */
export function timedBuild(root: string, astroBin: string): BuildResult {
  const timings = join(mkdtempSync(join(tmpdir(), 'atlas-timings-')), 'timings.jsonl');
  const started = performance.now();
  const run = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BENCH_TIMINGS: timings, FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const totalMs = Math.round(performance.now() - started);
  if (run.status !== 0) throw new Error(`astro build failed in ${root}:\n${run.stdout}\n${run.stderr}`);
  const phases: Record<string, number> = {};
  if (existsSync(timings)) {
    for (const line of readFileSync(timings, 'utf8').trim().split('\n')) {
      const { phase, ms } = JSON.parse(line) as { phase: string; ms: number };
      phases[phase] = ms;
    }
  }
  const files = filesWithSize(join(root, 'dist'));
  const bytesOf = (test: (f: string) => boolean) => sum(files.filter((f) => test(f.file)).map((f) => f.bytes));
  const isPagefind = (f: string) => f.startsWith('pagefind/');
  return {
    totalMs,
    phases,
    pages: files.filter((f) => f.file.endsWith('.html') && !isPagefind(f.file)).length,
    bytes: {
      html: bytesOf((f) => f.endsWith('.html') && !isPagefind(f)),
      css: bytesOf((f) => f.endsWith('.css') && !isPagefind(f)),
      js: bytesOf((f) => f.endsWith('.js') && !isPagefind(f)),
      pagefind: bytesOf(isPagefind),
      total: bytesOf(() => true),
    },
  };
}
