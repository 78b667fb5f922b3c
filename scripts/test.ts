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

/**
 * How a step ended. `stop` is a failure after which the later steps only add noise: a type error
 * (without the generated types the lint cannot resolve the collections) or a failed build.
 */
type Outcome = 'passed' | 'failed' | 'stop';
const outcome = (ok: boolean, stopOnFailure = false): Outcome =>
  ok ? 'passed' : stopOnFailure ? 'stop' : 'failed';

const steps: [string, () => Outcome | Promise<Outcome>][] = [
  // Chromium, Java and nginx from Debian: installed when missing and running as root, else named.
  ['system packages', () => outcome(ensureSystemPackages().length === 0)],
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
      return types ? outcome(format) : 'stop';
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
      return outcome(lint && unit);
    },
  ],
  ['build', async () => outcome(await run('build', 'npx', ['astro', 'build']), true)],
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
        return 'failed';
      }
      return outcome(await vitest(['site', 'browser']));
    },
  ],
  // Builds of their own in temporary directories: bad content must be refused, output reproducible.
  // After the browser tests, not beside them: Chromium alone keeps both cores busy.
  ['builds', async () => outcome(await vitest(['builds']))],
];

let failedStep: string | undefined;
const began = performance.now();
const timed: { name: string; ms: number; ok: boolean }[] = [];
for (const [name, step] of steps) {
  const t = performance.now();
  const result = await step();
  timed.push({ name, ms: Math.round(performance.now() - t), ok: result === 'passed' });
  if (result !== 'passed') failedStep ??= name;
  if (result === 'stop') break;
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
