import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The duration of the last `npm test` and of each of its steps, kept where `npm run bench` reads it
 * (issue 16: the benchmark reports the suite's time; the suite itself never asserts on time).
 */
export const TEST_TIMES = join(
  resolve(import.meta.dirname, '..'),
  'node_modules',
  '.cache',
  'atlas-test-times.json',
);

export interface TestTimes {
  date: string;
  totalMs: number;
  passed: boolean;
  steps: { name: string; ms: number; ok: boolean }[];
}

export function writeTestTimes(times: TestTimes): void {
  mkdirSync(dirname(TEST_TIMES), { recursive: true });
  writeFileSync(TEST_TIMES, `${JSON.stringify(times, null, 2)}\n`);
}

export function readTestTimes(): TestTimes | undefined {
  return existsSync(TEST_TIMES)
    ? (JSON.parse(readFileSync(TEST_TIMES, 'utf8')) as TestTimes)
    : undefined;
}
