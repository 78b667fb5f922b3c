import { BENCH_SITE_URL, type BuildResult } from './build.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import type { SearchResult } from './search.ts';
import type { SearchFeel } from './search-feel.ts';
import type { Transfer } from './transfer.ts';
import type { TestTimes } from '../test-times.ts';

export interface BenchReport {
  date: string;
  commit: string;
  machine: { cpus: number; node: string; chromium: string; load?: number[] };
  /** The Atlas built with no caches (Astro's data store and the card cache empty). */
  cold: BuildResult;
  /** Built again with the caches of the cold build: the build whose output is measured. */
  build: BuildResult;
  pages: PageWeight[];
  lighthouse: LighthouseResult[];
  search: SearchResult[];
  peer: {
    name: string;
    version: string;
    pages: number;
    cold: BuildResult;
    warm: BuildResult;
    transfer: Transfer[];
    feel: SearchFeel[];
    readerPauseMs: number;
    keyDelayMs: number;
  };
  scale: {
    factor: number;
    measures: { normal: number; scaled: number };
    cold: { normal: BuildResult; scaled: BuildResult };
    warm: { normal: BuildResult; scaled: BuildResult };
  };
  /** The last `npm test` run on this machine, as scripts/test.ts recorded it. */
  tests: TestTimes | undefined;
  budgets: { name: string; ok: boolean; detail: string; /** Why, where it is not met. */ why?: string }[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const growth = (a: number, b: number) => `×${(b / a).toFixed(1)}`;
const feelOf = (r: Omit<BenchReport, 'budgets'>, site: string, locale: string) => r.peer.feel.find((f) => f.site === site && f.locale === locale)!;
const transferOf = (r: Omit<BenchReport, 'budgets'>, site: string) => r.peer.transfer.find((t) => t.site === site)!;
const LOCALES = ['de', 'en'];
const phase = (b: BuildResult, name: string) => (b.phases[name] === undefined ? 'not measured' : s(b.phases[name]));

/** The budgets of issues 7 and 16, checked against the measurements. */
export function checkBudgets(r: Omit<BenchReport, 'budgets'>): BenchReport['budgets'] {
  const measure = r.pages.find((p) => p.type === 'measure');
  const jsPages = r.pages.filter((p) => p.type !== 'search' && p.loaded.js.raw > 0);
  const below100 = r.lighthouse.filter((l) => Object.values(l.scores).some((x) => x < 100));
  const coldRatio = r.cold.totalMs / r.peer.cold.totalMs;
  const warmRatio = r.build.totalMs / r.peer.warm.totalMs;
  const coldSearch = LOCALES.map((l) => ({ l, atlas: feelOf(r, 'atlas', l).coldMs, peer: feelOf(r, 'peer', l).coldMs }));
  const warmSearch = LOCALES.map((l) => ({ l, atlas: feelOf(r, 'atlas', l).warmMs }));
  const scaleGrowth = (k: 'cold' | 'warm') => r.scale[k].scaled.totalMs / r.scale[k].normal.totalMs;
  return [
    {
      name: 'measure page HTML ≤ 14 KB compressed (gzip)',
      ok: measure !== undefined && measure.html.gzip <= 14 * 1024,
      detail: measure ? `${kb(measure.html.gzip)} gzip, ${kb(measure.html.brotli)} brotli` : 'not measured',
    },
    {
      name: 'no JavaScript on non-search pages until the reader uses search',
      ok: jsPages.length === 0,
      detail: jsPages.length ? `every page loads the enhancement module (${jsPages.map((p) => `${p.type}: ${p.loaded.js.raw} B`).join(', ')})` : 'none',
      why: 'issue 7, which set this budget, also asks for behaviour that must be listening before the reader acts: the copy buttons of the cite box and of self-links, the search shortcut ("/", Ctrl/⌘+K), and the language link that carries the reader\'s anchor. They are one deferred module (src/scripts/enhance.ts, not render-blocking); Pagefind, the search engine itself, still loads only on first use.',
    },
    {
      name: 'Lighthouse 100 in all four categories',
      ok: r.lighthouse.length > 0 && below100.length === 0,
      detail: below100.length ? below100.map((l) => `${l.type}: ${Object.values(l.scores).join('/')}`).join('; ') : 'all 100',
    },
    {
      name: 'median page transfer ≤ the peer’s',
      ok: transferOf(r, 'atlas').medianBrotli <= transferOf(r, 'peer').medianBrotli,
      detail: `${kb(transferOf(r, 'atlas').medianBrotli)} vs ${kb(transferOf(r, 'peer').medianBrotli)}: ${ratio(transferOf(r, 'atlas').medianBrotli, transferOf(r, 'peer').medianBrotli)}`,
    },
    {
      name: 'cold build ≤ 1.5× the peer’s',
      ok: coldRatio <= 1.5,
      detail: `${s(r.cold.totalMs)} vs ${s(r.peer.cold.totalMs)}: ${coldRatio.toFixed(2)}× (CPU ${ratio(r.cold.cpuMs, r.peer.cold.cpuMs)})`,
      why: `the Atlas's build does work the peer's does not: the social cards (${phase(r.cold, 'cards')} from their start to the last, beside Astro's pages) and a gzip and a brotli copy of every text file (${phase(r.cold, 'compress')}, beside the search index). Without caches it uses ${s(r.cold.cpuMs)} of CPU against the peer's ${s(r.peer.cold.cpuMs)}; spread perfectly over the ${r.machine.cpus} cores that alone is ${s(r.cold.cpuMs / r.machine.cpus)}, against a goal of ${s(1.5 * r.peer.cold.totalMs)} for the whole build, and Astro's content sync and bundling run mostly on one core.`,
    },
    {
      name: 'warm build ≤ 0.5× the peer’s',
      ok: warmRatio <= 0.5,
      detail: `${s(r.build.totalMs)} vs ${s(r.peer.warm.totalMs)}: ${warmRatio.toFixed(2)}× (CPU ${ratio(r.build.cpuMs, r.peer.warm.cpuMs)})`,
      why: `a warm build renders no card and compresses no unchanged file again, but Astro renders every page on every build: its phase alone takes ${phase(r.build, 'astro')}, against a goal of ${s(0.5 * r.peer.warm.totalMs)} for the whole build. Reaching it would take a generator that renders only the pages whose inputs changed.`,
    },
    {
      name: `${r.scale.factor}× content: build wall time grows ≤ ${r.scale.factor}×, cold and warm`,
      ok: scaleGrowth('cold') <= r.scale.factor && scaleGrowth('warm') <= r.scale.factor,
      detail: `cold ×${scaleGrowth('cold').toFixed(1)}, warm ×${scaleGrowth('warm').toFixed(1)}`,
    },
    {
      name: 'search, first result from a page where search was not used yet ≤ 0.8× the peer’s',
      ok: coldSearch.every((x) => x.atlas <= 0.8 * x.peer),
      detail: coldSearch.map((x) => `${x.l}: ${x.atlas} vs ${x.peer} ms, ${ratio(x.atlas, x.peer)}`).join('; '),
    },
    { name: 'search, next query ≤ 50 ms', ok: warmSearch.every((x) => x.atlas <= 50), detail: warmSearch.map((x) => `${x.l}: ${x.atlas} ms`).join('; ') },
    {
      name: '`npm test` under 10 minutes on this machine',
      ok: r.tests !== undefined && r.tests.passed && r.tests.totalMs < 600_000,
      detail: r.tests ? `${s(r.tests.totalMs)} on ${r.tests.date.slice(0, 16)}${r.tests.passed ? '' : ' (run failed)'}` : 'no recorded run: run `npm test` first',
    },
  ];
}

function buildRow(name: string, b: BuildResult): string {
  const cell = (ph: string) => (b.phases[ph] !== undefined ? s(b.phases[ph]) : '–');
  return `| ${name} | ${b.pages} | ${s(b.totalMs)} | ${s(b.cpuMs)} | ${cell('content-check')} | ${cell('cards')} | ${cell('astro')} | ${cell('pagefind')} | ${cell('compress')} |`;
}

export function toMarkdown(r: BenchReport): string {
  const p = r.peer;
  const phaseRows = (k: 'cold' | 'warm') => {
    const { normal, scaled } = r.scale[k];
    return [
      `| ${k}: pages | ${normal.pages} | ${scaled.pages} | ${growth(normal.pages, scaled.pages)} |`,
      `| ${k}: build wall time | ${s(normal.totalMs)} | ${s(scaled.totalMs)} | ${growth(normal.totalMs, scaled.totalMs)} |`,
      `| ${k}: build CPU time | ${s(normal.cpuMs)} | ${s(scaled.cpuMs)} | ${growth(normal.cpuMs, scaled.cpuMs)} |`,
      ...(['content-check', 'cards', 'astro', 'pagefind', 'compress'] as const).map(
        (ph) =>
          `| ${k}: ${ph} | ${normal.phases[ph] ?? '?'} ms | ${scaled.phases[ph] ?? '?'} ms | ${growth(normal.phases[ph] ?? NaN, scaled.phases[ph] ?? NaN)} |`,
      ),
    ];
  };
  const lines = [
    '# Benchmark',
    '',
    `Generated by \`npm run bench\` on ${r.date} at commit \`${r.commit}\` (${r.machine.cpus} CPUs${r.machine.load ? `, load average ${r.machine.load.join(' at the start, ')} at the end` : ''}, Node ${r.machine.node}, ${r.machine.chromium}). Raw figures: [report.json](report.json).`,
    '',
    `Every ratio compares the Atlas with a peer measured in the same run: **${p.name} ${p.version}**, built by the benchmark in a temporary folder from the Atlas's own page texts (content/text/**, ${p.pages} pages, the same words, Starlight's defaults). The Atlas is built as a host builds it, for a public origin (\`SITE_URL=${BENCH_SITE_URL}\`), not as a preview. The machine's two cores are shared with other work, so wall times vary from run to run; CPU times (build and its child processes) are steadier.`,
    '',
    '## Budgets',
    '',
    '| budget | met | measured |',
    '| --- | --- | --- |',
    ...r.budgets.map((x) => `| ${x.name} | ${x.ok ? 'yes' : '**no**'} | ${x.detail} |`),
    '',
    `Met: ${r.budgets.filter((b) => b.ok).length} of ${r.budgets.length}. Not met: ${r.budgets.filter((b) => !b.ok).map((b) => b.name).join('; ') || 'none'}.`,
    '',
    ...r.budgets.filter((b) => !b.ok && b.why).map((b) => `- Not met, ${b.name}: ${b.why}`),
    ...(r.budgets.some((b) => !b.ok && b.why) ? [''] : []),
    '## Against the peer',
    '',
    '| figure | Atlas | peer | ratio |',
    '| --- | --- | --- | --- |',
    `| median page transfer (HTML+CSS+JS, brotli, ${transferOf(r, 'atlas').pages} pages each) | ${kb(transferOf(r, 'atlas').medianBrotli)} | ${kb(transferOf(r, 'peer').medianBrotli)} | ${ratio(transferOf(r, 'atlas').medianBrotli, transferOf(r, 'peer').medianBrotli)} |`,
    `| build, cold (no caches), wall | ${s(r.cold.totalMs)} | ${s(p.cold.totalMs)} | ${ratio(r.cold.totalMs, p.cold.totalMs)} |`,
    `| build, cold, CPU | ${s(r.cold.cpuMs)} | ${s(p.cold.cpuMs)} | ${ratio(r.cold.cpuMs, p.cold.cpuMs)} |`,
    `| build, warm (caches kept), wall | ${s(r.build.totalMs)} | ${s(p.warm.totalMs)} | ${ratio(r.build.totalMs, p.warm.totalMs)} |`,
    `| build, warm, CPU | ${s(r.build.cpuMs)} | ${s(p.warm.cpuMs)} | ${ratio(r.build.cpuMs, p.warm.cpuMs)} |`,
    ...LOCALES.flatMap((l) => [
      `| search ${l}, first result (median of ${feelOf(r, 'atlas', l).cold.length}) | ${feelOf(r, 'atlas', l).coldMs} ms | ${feelOf(r, 'peer', l).coldMs} ms | ${ratio(feelOf(r, 'atlas', l).coldMs, feelOf(r, 'peer', l).coldMs)} |`,
      `| search ${l}, next query | ${feelOf(r, 'atlas', l).warmMs} ms | ${feelOf(r, 'peer', l).warmMs} ms | ${ratio(feelOf(r, 'atlas', l).warmMs, feelOf(r, 'peer', l).warmMs)} |`,
    ]),
    '',
    `Search is timed as a reader meets it, on a measure page where search has not been used yet (fresh browser context): the pointer goes to the header's search control and clicks it (the Atlas's field; Starlight's search button), ${p.readerPauseMs} ms later the reader types the query key by key (${p.keyDelayMs} ms between keys), and the time runs from the input event of the last key to the frame that paints the first result link added after it; then the reader selects the query and types a second one over it, timed the same way. The sites alternate which goes first. Raw times per query are in report.json.`,
    '',
    '## Build',
    '',
    '| build | pages | wall | CPU | content check | cards | Astro (incl. cards) | Pagefind | gzip + brotli |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    buildRow('Atlas, cold', r.cold),
    buildRow('Atlas, warm', r.build),
    buildRow('peer, cold', p.cold),
    buildRow('peer, warm', p.warm),
    '',
    'Phases overlap: the cards render in their own threads while Astro writes the pages (its phase includes them), and the gzip and brotli copies of the pages are written while Pagefind indexes them. The peer has neither cards nor precompressed files.',
    '',
    `Output of the warm build: HTML ${kb(r.build.bytes.html)}, CSS ${kb(r.build.bytes.css)}, JS ${kb(r.build.bytes.js)}, search index ${kb(r.build.bytes.pagefind)}, all ${kb(r.build.bytes.total)}; the peer: HTML ${kb(p.warm.bytes.html)}, search index ${kb(p.warm.bytes.pagefind)}, all ${kb(p.warm.bytes.total)}.`,
    '',
    `## Scale: ${r.scale.factor}× the measures (${r.scale.measures.normal} → ${r.scale.measures.scaled}), cold and warm`,
    '',
    '| | normal | scaled | growth |',
    '| --- | --- | --- | --- |',
    ...phaseRows('cold'),
    ...phaseRows('warm'),
    `| HTML bytes | ${kb(r.scale.warm.normal.bytes.html)} | ${kb(r.scale.warm.scaled.bytes.html)} | ${growth(r.scale.warm.normal.bytes.html, r.scale.warm.scaled.bytes.html)} |`,
    `| search index bytes | ${kb(r.scale.warm.normal.bytes.pagefind)} | ${kb(r.scale.warm.scaled.bytes.pagefind)} | ${growth(r.scale.warm.normal.bytes.pagefind, r.scale.warm.scaled.bytes.pagefind)} |`,
    `| all output | ${kb(r.scale.warm.normal.bytes.total)} | ${kb(r.scale.warm.scaled.bytes.total)} | ${growth(r.scale.warm.normal.bytes.total, r.scale.warm.scaled.bytes.total)} |`,
    '',
    'The measures grow tenfold; the pages less (overview pages, agencies, orders and topics stay as they are), so a build that scales linearly grows by less than ×10.',
    '',
    '## Test suite',
    '',
    ...(r.tests
      ? [
          `The last \`npm test\` on this machine (${r.tests.date.slice(0, 16)}, ${r.tests.passed ? 'passed' : 'failed'}) took ${s(r.tests.totalMs)}: ${r.tests.steps.map((x) => `${x.name} ${s(x.ms)}`).join(', ')}. No test asserts on time; scripts/test.ts records the figures.`,
        ]
      : ['No `npm test` run recorded on this machine (scripts/test.ts writes node_modules/.cache/atlas-test-times.json).']),
    '',
    '## Page weight (one page per type, empty cache, until the network is idle)',
    '',
    '| type | HTML raw / gzip / brotli | CSS gzip | JS gzip | fonts | requests |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.pages.map(
      (x) =>
        `| ${x.type} | ${kb(x.html.raw)} / ${kb(x.html.gzip)} / ${kb(x.html.brotli)} | ${kb(x.loaded.css.gzip)} | ${kb(x.loaded.js.gzip)} | ${kb(x.loaded.font.raw)} | ${x.requests} |`,
    ),
    '',
    '## Lighthouse (mobile, simulated throttling; served with gzip like a static host)',
    '',
    '| type | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...r.lighthouse.map(
      (l) => `| ${l.type} | ${l.scores.performance} | ${l.scores.accessibility} | ${l.scores['best-practices']} | ${l.scores.seo} | ${l.lcpMs} ms | ${l.tbtMs} ms | ${l.cls} |`,
    ),
    '',
    ...(r.lighthouse.some((l) => l.failing.length)
      ? ['Audits that cost points:', '', ...[...new Set(r.lighthouse.flatMap((l) => l.failing.map((f) => `- ${l.type}: ${f}`)))], '']
      : []),
    '## Search index and engine',
    '',
    '| language | index size | files | Pagefind API: first results, cold | further query, warm |',
    '| --- | --- | --- | --- | --- |',
    ...r.search.map((x) => `| ${x.locale} | ${kb(x.indexBytes)} | ${x.indexFiles} | ${x.coldMs} ms | ${x.warmMs} ms |`),
    '',
  ];
  return lines.join('\n');
}
