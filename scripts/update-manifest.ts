#!/usr/bin/env node
// Adds the URLs and the pinpoint anchors of the current build to tests/manifest/urls.txt and
// anchors.txt. It only ever adds: a published URL or anchor stays in its manifest forever, so the
// manifest tests catch any that disappears.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { publishedUrl } from '../src/lib/routes/published-files.ts';
import { pinpointUrls, readManifest } from './pinpoints.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html')))
  throw new Error('dist/ is missing: run `npm run build` first.');

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const files = walk(dist).map((f) => relative(dist, f).replace(/\\/g, '/'));

function addToManifest(name: string, what: string, built: string[]): void {
  const manifest = join(root, 'tests', 'manifest', name);
  const header = `# Every ${what} this site has published. Lines are only ever added (npm run manifest:update), never removed.`;
  const existing = existsSync(manifest) ? readManifest(readFileSync(manifest, 'utf8')) : [];
  const all = [...new Set([...existing, ...built])].sort();
  writeFileSync(manifest, `${header}\n${all.join('\n')}\n`);
  console.log(`${name}: ${all.length} (${all.length - existing.length} new)`);
}

addToManifest(
  'urls.txt',
  'URL',
  files.map(publishedUrl).filter((url) => url !== undefined),
);
addToManifest(
  'anchors.txt',
  'pinpoint anchor',
  files
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/'))
    .flatMap((f) =>
      pinpointUrls(
        `/${f.slice(0, -'index.html'.length)}`,
        parseHTML(readFileSync(join(dist, f), 'utf8')).document,
      ),
    ),
);
