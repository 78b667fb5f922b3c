import { appendFileSync } from 'node:fs';

/**
 * When BENCH_TIMINGS names a file, build phases append their duration to it as JSON lines, so
 * `npm run bench` can report the content check, page generation and indexing separately. Without
 * the variable nothing is written: the build output must not depend on the time.
 */
export function recordPhase(phase: string, ms: number): void {
  const file = process.env.BENCH_TIMINGS;
  if (file) appendFileSync(file, `${JSON.stringify({ phase, ms: Math.round(ms) })}\n`);
}

/** Runs `work` and records how long it took as the build phase `phase`. */
export async function timePhase<T>(phase: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  recordPhase(phase, performance.now() - started);
  return result;
}
