#!/usr/bin/env node
// `npm run bench`: what readers feel and what the build costs, measured. Not a test: it writes
// bench/report.json and bench/report.md and exits non-zero only when it cannot measure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.ts';
import { timedBuild } from './bench/build.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { measurePageWeights } from './bench/page-weight.ts';
import { checkBudgets, toMarkdown, type BenchReport } from './bench/report.ts';
import { multiplyMeasures } from './bench/scale.ts';
import { measureSearch } from './bench/search.ts';
import { serveDir } from './static-server.ts';
import { copyProject, removeProject } from '../tests/helpers/project-copy.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const SCALE = 10;

const chromePath = findChromium();
if (!chromePath) {
  console.error("✖ bench: no Chromium found. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.");
  process.exit(1);
}
const step = (label: string) => console.log(`▶ ${label}`);

step('build (with phase timings)');
const build = timedBuild(ROOT, ASTRO);
const dist = join(ROOT, 'dist');

const server = await serveDir(dist);
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS, headless: true });
let pages, search, lighthouse;
try {
  step('page weight per page type');
  pages = await measurePageWeights(browser, server.origin, dist);
  step('search: index size, time to first results');
  search = await measureSearch(browser, server.origin, dist);
  step('Lighthouse (mobile) per page type');
  lighthouse = await runLighthouse(chromePath, server.origin);
} finally {
  await browser.close();
  await server.close();
}

step(`scale run: ${SCALE}× the measures in a temporary copy`);
const copy = copyProject('atlas-scale-');
let scale: BenchReport['scale'];
try {
  const normalMeasures = (JSON.parse(readFileSync(join(ROOT, 'content/data/measures.json'), 'utf8')) as unknown[]).length;
  const scaledMeasures = multiplyMeasures(copy, SCALE, ['de', 'en']);
  scale = { factor: SCALE, measures: { normal: normalMeasures, scaled: scaledMeasures }, normal: build, scaled: timedBuild(copy, ASTRO) };
} finally {
  removeProject(copy);
}

const partial = {
  date: new Date().toISOString().slice(0, 10),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
  machine: {
    cpus: availableParallelism(),
    node: process.versions.node,
    chromium: execFileSync(chromePath, ['--version'], { encoding: 'utf8' }).trim(),
  },
  build,
  pages,
  lighthouse,
  search,
  scale,
};
const report: BenchReport = { ...partial, budgets: checkBudgets(partial) };
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench', 'report.md'), toMarkdown(report));
console.log(toMarkdown(report));
console.log('✔ bench: wrote bench/report.json and bench/report.md');
