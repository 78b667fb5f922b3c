import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

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
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'builds',
          include: ['tests/builds/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // `expect.poll` waits for what the page does after an event (focus, a status message); its
          // 1 s default is shorter than one busy frame on a loaded two-core machine.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
