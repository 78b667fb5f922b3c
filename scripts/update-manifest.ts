#!/usr/bin/env node
// Adds the URLs of the current build to tests/manifest/urls.txt. It only ever adds: a published URL
// stays in the manifest forever, so the manifest test catches any page that disappears.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { publishedUrl } from '../src/lib/published-files.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const manifest = join(root, 'tests', 'manifest', 'urls.txt');
if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const built = walk(dist)
  .map((f) => publishedUrl(relative(dist, f)))
  .filter((url) => url !== undefined);

const header = '# Every URL this site has published. Lines are only ever added (npm run manifest:update), never removed.';
const existing = existsSync(manifest)
  ? readFileSync(manifest, 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
  : [];
const all = [...new Set([...existing, ...built])].sort();
writeFileSync(manifest, `${header}\n${all.join('\n')}\n`);
console.log(`manifest: ${all.length} URLs (${all.length - existing.length} new)`);
