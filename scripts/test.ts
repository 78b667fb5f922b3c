#!/usr/bin/env node
// `npm test`: every check, in the order that lets each step rely on the one before. Lint, format
// and type checks come first because they are cheap; the built-site and browser checks need `dist/`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.ts';
import { findJava, JAVA_MISSING } from './find-java.ts';
import { ensureSystemPackages } from './system-packages.ts';
import { writeTestTimes } from './test-times.ts';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const reports = mkdtempSync(join(tmpdir(), 'atlas-test-'));

/**
 * Runs one command. Alone, its output streams through; side by side with another (`quiet`), its
 * output is collected and printed in one piece when it ends, so the two never interleave.
 */
function run(label: string, command: string, args: string[], quiet = false): Promise<boolean> {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (code, signal) => {
      if (quiet) process.stdout.write(`\n── ${label} ──\n${Buffer.concat(chunks).toString()}`);
      const ok = code === 0;
      console.log(ok ? `✔ ${label}` : `✖ ${label} (exit ${code ?? signal})`);
      done(ok);
    });
  });
}

/** Vitest's JSON report gives the counts for the closing line. Projects named together run side by side. */
async function vitest(projects: string[], quiet = false): Promise<boolean> {
  const out = join(reports, `${projects.join('+')}.json`);
  const ok = await run(
    `tests (${projects.join(' + ')})`,
    'npx',
    [
      'vitest',
      'run',
      ...projects.flatMap((p) => ['--project', p]),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ],
    quiet,
  );
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

/** A type error stops the run: without the generated types the lint and build only add noise. */
let typesFailed = false;

const steps: [string, () => boolean | Promise<boolean>][] = [
  // Chromium, Java and nginx from Debian: installed when missing and running as root, else named.
  ['system packages', () => ensureSystemPackages().length === 0],
  [
    'format + types',
    async () => {
      // Prettier is one process on one core; `astro check` takes the other. Types come before lint:
      // `astro check` generates .astro/types.d.ts, without which the typed lint cannot resolve the
      // content collections' types on a fresh clone.
      const [format, types] = await Promise.all([
        run('format', 'npx', ['prettier', '--check', '.'], true),
        run('types', 'npx', ['astro', 'check'], true),
      ]);
      typesFailed = !types;
      return format && types;
    },
  ],
  [
    'lint + unit',
    async () => {
      // Lint is one process on one core; the unit tests and the real content's checks take the other.
      const [lint, unit] = await Promise.all([
        run('lint', 'npx', ['eslint', '.', '--max-warnings', '0'], true),
        vitest(['unit', 'content'], true),
      ]);
      return lint && unit;
    },
  ],
  ['build', () => run('build', 'npx', ['astro', 'build'])],
  [
    'site',
    async () => {
      // The HTML validity check inside `site` needs Java; say why before vitest reports a failure.
      if (!findJava()) console.error(`\n✖ ${JAVA_MISSING}`);
      // Both only read dist/, so they share the two cores: the HTML checker's Java and Chromium.
      if (!findChromium()) {
        console.error(
          "\n✖ browser tests: no Chromium found. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH. Browser tests cannot be skipped.",
        );
        totals.failed += 1;
        await vitest(['site']);
        return false;
      }
      return vitest(['site', 'browser']);
    },
  ],
  // Builds of their own in temporary directories: bad content must be refused, output reproducible.
  // After the browser tests, not beside them: Chromium alone keeps both cores busy.
  ['builds', () => vitest(['builds'])],
];

let failedStep: string | undefined;
const began = performance.now();
const timed: { name: string; ms: number; ok: boolean }[] = [];
for (const [name, step] of steps) {
  const t = performance.now();
  const ok = await step();
  timed.push({ name, ms: Math.round(performance.now() - t), ok });
  if (!ok) {
    failedStep ??= name;
    if (name === 'build' || typesFailed) break;
  }
}
writeTestTimes({
  date: new Date().toISOString(),
  totalMs: Math.round(performance.now() - began),
  passed: !failedStep,
  steps: timed,
});

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (failedStep) {
  console.error(`npm test failed (first failing step: ${failedStep})`);
  process.exit(1);
}
