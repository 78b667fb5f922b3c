import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './find-chromium.ts';
import { createPeer, removePeer } from './bench/peer.ts';
import { timedBuild } from './bench/build.ts';
import { measureSearchFeel, FEEL_QUERIES } from './bench/search-feel.ts';
import { measureTransfer, samplePaths } from './bench/transfer.ts';
import { serveDir } from './static-server.ts';
const ROOT = process.cwd();
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const a = timedBuild(ROOT, ASTRO, { ATLAS_CARD_CACHE: '/tmp/cards-cold1' });
console.log('atlas warm', JSON.stringify(a));
const peer = createPeer(ROOT);
try {
  const p = timedBuild(peer.dir, ASTRO);
  console.log('peer cold', p.totalMs, p.cpuMs);
  for (const l of Object.keys(FEEL_QUERIES)) FEEL_QUERIES[l] = FEEL_QUERIES[l]!.slice(0, 2);
  const s1 = await serveDir(join(ROOT, 'dist'));
  const s2 = await serveDir(join(peer.dir, 'dist'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  console.log(JSON.stringify(await measureTransfer(browser, 'atlas', s1.origin, samplePaths(join(ROOT, 'dist'), 5))));
  console.log(JSON.stringify(await measureTransfer(browser, 'peer', s2.origin, samplePaths(join(peer.dir, 'dist'), 5))));
  const feel = await measureSearchFeel(
    browser,
    [
      {
        name: 'atlas',
        origin: s1.origin,
        trigger: '#site-search-q',
        input: '#site-search-q',
        nextInput: 'pagefind-modal pagefind-input input',
        result: 'pagefind-results a.pf-result-link',
      },
      {
        name: 'peer',
        origin: s2.origin,
        trigger: 'button[data-open-modal]',
        input: 'dialog[open] input.pagefind-ui__search-input',
        nextInput: 'dialog[open] input.pagefind-ui__search-input',
        result: 'dialog[open] a.pagefind-ui__result-link',
      },
    ],
    (l) => `/${l}/measures/1-3-2/`,
  );
  console.log(JSON.stringify(feel));
  await browser.close();
  await s1.close();
  await s2.close();
} finally {
  removePeer(peer.dir);
}
