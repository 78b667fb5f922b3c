#!/usr/bin/env node
// Adds the pinpoint anchors of the current build to tests/manifest/anchors.txt. Like the URL
// manifest it only ever adds, so a test fails when a published anchor disappears.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { pinpointUrls, readManifest } from './pinpoints.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const manifest = join(root, 'tests', 'manifest', 'anchors.txt');
if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const built = walk(dist)
  .map((f) => relative(dist, f).replace(/\\/g, '/'))
  .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/'))
  .flatMap((f) => pinpointUrls(`/${f.slice(0, -'index.html'.length)}`, parseHTML(readFileSync(join(dist, f), 'utf8')).document));

const header = '# Every pinpoint anchor this site has published. Lines are only ever added (npm run manifest:update), never removed.';
const existing = existsSync(manifest) ? readManifest(readFileSync(manifest, 'utf8')) : [];
const all = [...new Set([...existing, ...built])].sort();
writeFileSync(manifest, `${header}\n${all.join('\n')}\n`);
console.log(`anchor manifest: ${all.length} anchors (${all.length - existing.length} new)`);
