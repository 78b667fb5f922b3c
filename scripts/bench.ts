#!/usr/bin/env node
// `npm run bench`: what readers feel and what the build costs, measured against a peer built in the
// same run (issue 16). Not a test: it writes bench/report.json and bench/report.md and exits non-zero
// only when it cannot measure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.ts';
import { coldAtlas, forgetCaches, timedBuild } from './bench/build.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { measurePageWeights } from './bench/page-weight.ts';
import { coldPeer, createPeer, PEER_PACKAGE, removePeer } from './bench/peer.ts';
import { checkBudgets, toMarkdown, type BenchReport } from './bench/report.ts';
import { multiplyMeasures } from './bench/scale.ts';
import { measureSearch } from './bench/search.ts';
import { KEY_DELAY_MS, measureSearchFeel, READER_PAUSE_MS } from './bench/search-feel.ts';
import { measureTransfer, samplePaths } from './bench/transfer.ts';
import { readTestTimes } from './test-times.ts';
import { serveDir } from './static-server.ts';
import { copyProject, removeProject } from '../tests/helpers/project-copy.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const SCALE = 10;
const TRANSFER_SAMPLE = 40;

const chromePath = findChromium();
if (!chromePath) {
  console.error(
    "✖ bench: no Chromium found. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.",
  );
  process.exit(1);
}
const step = (label: string) => console.log(`▶ ${label}`);
const loadAtStart = loadavg()[0]!;

step('Atlas: cold build (no caches), then warm build (caches kept)');
const coldEnv = coldAtlas(ROOT);
const cold = timedBuild(ROOT, ASTRO, coldEnv);
const build = timedBuild(ROOT, ASTRO, coldEnv);
const dist = join(ROOT, 'dist');
const measured = {} as Pick<BenchReport, 'pages' | 'search' | 'lighthouse'>;

step(`peer: ${PEER_PACKAGE} from the same texts, cold then warm`);
const peerDir = createPeer(ROOT);
let peer: BenchReport['peer'];
try {
  coldPeer(peerDir.dir);
  const peerCold = timedBuild(peerDir.dir, ASTRO);
  const peerWarm = timedBuild(peerDir.dir, ASTRO);
  const peerVersion = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', PEER_PACKAGE, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

  const server = await serveDir(dist);
  const peerServer = await serveDir(join(peerDir.dir, 'dist'));
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    step('page weight per page type');
    const pages = await measurePageWeights(browser, server.origin, dist);
    step(`median page transfer over ${TRANSFER_SAMPLE} pages of each site`);
    const transfer = [
      await measureTransfer(browser, 'atlas', server.origin, samplePaths(dist, TRANSFER_SAMPLE)),
      await measureTransfer(
        browser,
        'peer',
        peerServer.origin,
        samplePaths(join(peerDir.dir, 'dist'), TRANSFER_SAMPLE),
      ),
    ];
    step('search as the reader feels it, alternating Atlas and peer');
    const feel = await measureSearchFeel(
      browser,
      [
        {
          name: 'atlas',
          origin: server.origin,
          trigger: '#site-search-q',
          input: '#site-search-q',
          nextInput: 'pagefind-modal pagefind-input input',
          result: 'pagefind-results a.pf-result-link',
        },
        {
          name: 'peer',
          origin: peerServer.origin,
          trigger: 'button[data-open-modal]',
          input: 'dialog[open] input.pagefind-ui__search-input',
          nextInput: 'dialog[open] input.pagefind-ui__search-input',
          result: 'dialog[open] a.pagefind-ui__result-link',
        },
      ],
      (locale) => `/${locale}/measures/1-3-2/`,
    );
    step('search index per language, Pagefind API timing');
    const search = await measureSearch(browser, server.origin, dist);
    step('Lighthouse (mobile) per page type');
    const lighthouse = await runLighthouse(chromePath, server.origin);
    peer = {
      name: PEER_PACKAGE,
      version: peerVersion,
      pages: peerDir.pages,
      cold: peerCold,
      warm: peerWarm,
      transfer,
      feel,
      readerPauseMs: READER_PAUSE_MS,
      keyDelayMs: KEY_DELAY_MS,
    };
    Object.assign(measured, { pages, search, lighthouse });
  } finally {
    await browser.close();
    await server.close();
    await peerServer.close();
  }
} finally {
  removePeer(peerDir.dir);
  forgetCaches(coldEnv);
}

step(`scale run: ${SCALE}× the measures in a temporary copy, cold then warm`);
const copy = copyProject('atlas-scale-');
let scale: BenchReport['scale'];
try {
  const normalMeasures = (
    JSON.parse(readFileSync(join(ROOT, 'content/data/measures.json'), 'utf8')) as unknown[]
  ).length;
  const scaledMeasures = multiplyMeasures(copy, SCALE, ['de', 'en']);
  const env = coldAtlas(copy);
  const scaledCold = timedBuild(copy, ASTRO, env);
  const scaledWarm = timedBuild(copy, ASTRO, env);
  forgetCaches(env);
  scale = {
    factor: SCALE,
    measures: { normal: normalMeasures, scaled: scaledMeasures },
    cold: { normal: cold, scaled: scaledCold },
    warm: { normal: build, scaled: scaledWarm },
  };
} finally {
  removeProject(copy);
}

const partial = {
  date: new Date().toISOString().slice(0, 10),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim(),
  machine: {
    cpus: availableParallelism(),
    /** One-minute load average at the start and the end: how much else the cores were doing. */
    load: [Number(loadAtStart.toFixed(1)), Number(loadavg()[0]!.toFixed(1))],
    node: process.versions.node,
    chromium: execFileSync(chromePath, ['--version'], { encoding: 'utf8' }).trim(),
  },
  cold,
  build,
  ...measured,
  peer: peer!,
  scale,
  tests: readTestTimes(),
};
mkdirSync(join(ROOT, 'bench'), { recursive: true });
// The raw figures first, so a failure while judging or formatting them loses no measurement.
writeFileSync(join(ROOT, 'bench', 'report.json'), `${JSON.stringify(partial, null, 2)}\n`);
const report: BenchReport = { ...partial, budgets: checkBudgets(partial) };
writeFileSync(join(ROOT, 'bench', 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench', 'report.md'), toMarkdown(report));
console.log(toMarkdown(report));
console.log('✔ bench: wrote bench/report.json and bench/report.md');
