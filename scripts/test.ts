#!/usr/bin/env node
// `npm test`: every check, in the order that lets each step rely on the one before. Lint, format
// and type checks come first because they are cheap; the built-site and browser checks need `dist/`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.ts';
import { findJava, JAVA_MISSING } from './find-java.ts';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const reports = mkdtempSync(join(tmpdir(), 'atlas-test-'));

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(ok ? `✔ ${label}` : `✖ ${label} (exit ${result.status ?? result.signal})`);
  return ok;
}

/** Vitest's JSON report gives the counts for the closing line. */
function vitest(project: string): boolean {
  const out = join(reports, `${project}.json`);
  const ok = run(`tests (${project})`, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests;
  } else if (!ok) {
    totals.failed += 1;
  }
  return ok;
}

const steps: [string, () => boolean][] = [
  ['format', () => run('format', 'npx', ['prettier', '--check', '.'])],
  ['lint', () => run('lint', 'npx', ['eslint', '.', '--max-warnings', '0'])],
  ['types', () => run('types', 'npx', ['astro', 'check'])],
  ['unit', () => vitest('unit')],
  ['build', () => run('build', 'npx', ['astro', 'build'])],
  [
    'site',
    () => {
      // The HTML validity check inside `site` needs Java; say why before vitest reports a failure.
      if (!findJava()) console.error(`\n✖ ${JAVA_MISSING}`);
      return vitest('site');
    },
  ],
  // Builds of their own in temporary directories: bad content must be refused, output reproducible.
  ['builds', () => vitest('builds')],
  [
    'browser',
    () => {
      const chromium = findChromium();
      if (!chromium) {
        console.error(
          "\n✖ browser tests: no Chromium found. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH. Browser tests cannot be skipped.",
        );
        totals.failed += 1;
        return false;
      }
      return vitest('browser');
    },
  ],
];

let failedStep: string | undefined;
for (const [name, step] of steps) {
  if (!step()) {
    failedStep = name;
    if (name === 'build' || name === 'types') break;
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (failedStep) {
  console.error(`npm test failed (first failing step: ${failedStep})`);
  process.exit(1);
}
