import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesWithSize, sum } from './sizes.ts';

export interface BuildResult {
  /** Wall time of `astro build`, including Node start-up and content sync. */
  totalMs: number;
  /** CPU time (user + system) of the build and its children: steadier than wall time on a shared machine. */
  cpuMs: number;
  /** Per phase, from the integrations (src/lib/build/timings.ts). */
  phases: Record<string, number>;
  pages: number;
  bytes: { html: number; css: number; js: number; pagefind: number; total: number };
}

/** CPU time of the children this process has waited for (/proc/self/stat cutime + cstime), in ms. */
function childCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // After "pid (comm) ", field 3 is index 0: cutime and cstime are fields 16 and 17.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** The origin the benchmark builds for: a deployment build, as a host makes it, not a preview (noindex). */
export const BENCH_SITE_URL = 'https://atlas.example.org';

/**
 * Forgets every build cache of the Atlas at `root` (Astro's data store in node_modules/.astro, the
 * output) and points the social cards and the precompressed variants at new empty caches; returns
 * the environment for the build, which also makes it a deployment build. `forgetCaches` removes the
 * two caches afterwards.
 */
export function coldAtlas(root: string): Record<string, string> {
  rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(join(root, '.astro'), { recursive: true, force: true });
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  return {
    ATLAS_CARD_CACHE: mkdtempSync(join(tmpdir(), 'atlas-cards-')),
    ATLAS_COMPRESS_CACHE: mkdtempSync(join(tmpdir(), 'atlas-compress-')),
    SITE_URL: BENCH_SITE_URL,
  };
}

/** Removes the caches that `coldAtlas` made. */
export function forgetCaches(env: Record<string, string>): void {
  for (const dir of [env.ATLAS_CARD_CACHE, env.ATLAS_COMPRESS_CACHE])
    if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Builds the project at `root` with phase timings on, and measures what it wrote to `root/dist`. */
export function timedBuild(root: string, astroBin: string, env: Record<string, string> = {}): BuildResult {
  const timings = join(mkdtempSync(join(tmpdir(), 'atlas-timings-')), 'timings.jsonl');
  const started = performance.now();
  const cpuBefore = childCpuMs();
  const run = spawnSync(process.execPath, [astroBin, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env, BENCH_TIMINGS: timings, FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const totalMs = Math.round(performance.now() - started);
  const cpuMs = Math.round(childCpuMs() - cpuBefore);
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
    cpuMs,
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
