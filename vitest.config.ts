import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** A project of the tests in `tests/<name>/`, run in Node, each test cut off after `testTimeout` ms. */
function project(name: string, testTimeout: number, extra: object = {}) {
  return {
    test: {
      name,
      include: [`tests/${name}/**/*.test.ts`],
      environment: 'node' as const,
      testTimeout,
      ...extra,
    },
  };
}

/**
 * `unit` runs on source alone; `site` inspects the built `dist/` and so runs after `astro build`
 * (scripts/test.ts orders the steps); `builds` runs builds of its own in temporary directories
 * (bad content refused, reproducible output); `browser` drives Chromium against `dist/`.
 */
export default defineConfig({
  // The `~/` alias of tsconfig.json (src/), for modules that pages and components share with tests.
  resolve: {
    alias: [{ find: /^~\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) }],
  },
  test: {
    // Vitest leaves one core idle by default; on a 2-core machine that means one test file at a time.
    maxWorkers: availableParallelism(),
    projects: [
      // The Markdown-pipeline and real-content tests take 1–3 s alone; on a shared two-core machine
      // under load they were cut off at Vitest's default of 5 s though nothing was wrong. A timeout is a
      // guard against a hang, not a speed assertion (speed is measured by `npm run bench`).
      project('unit', 60_000),
      project('content', 60_000),
      project('site', 60_000),
      project('builds', 120_000, { fileParallelism: false }),
      project('browser', 60_000, {
        fileParallelism: false,
        // `expect.poll` waits for what the page does after an event (focus, a status message); its
        // 1 s default is shorter than one busy frame on a loaded two-core machine.
        expect: { poll: { timeout: 10_000 } },
      }),
    ],
  },
});
