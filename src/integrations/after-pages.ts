import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordPhase } from '../lib/build/timings';
import { precompress } from '../lib/deploy/compress';
import { serverRedirects } from '../lib/deploy/policy';
import { headersFile, redirectsFile } from '../lib/deploy/static-host';
import { REDIRECTS_FILE, type Redirect } from '../lib/content/redirects';

/**
 * After the pages and the search index: `_headers` and `_redirects` for static hosts and CDNs, and a
 * gzip and a brotli file next to every text file for servers that send precompressed files. Must
 * run last (astro.config.mjs lists it after the Pagefind index).
 */
export function deployFiles(): AstroIntegration {
  let root = '';
  return {
    name: 'atlas:deploy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const redirects = serverRedirects(
          JSON.parse(readFileSync(join(root, REDIRECTS_FILE), 'utf8')) as Redirect[],
        );
        writeFileSync(join(outDir, '_headers'), headersFile());
        writeFileSync(join(outDir, '_redirects'), redirectsFile(redirects));
        // ATLAS_COMPRESS_CACHE moves the cache (the benchmark's cold builds use an empty one).
        const cache =
          process.env.ATLAS_COMPRESS_CACHE ||
          join(root, 'node_modules', '.cache', 'atlas-compress');
        const r = await precompress(outDir, undefined, cache);
        recordPhase('compress', performance.now() - started);
        const kb = (n: number) => `${Math.round(n / 1024)} KB`;
        logger.info(
          `_headers, _redirects; ${r.files} files precompressed: ${kb(r.bytes)} → gzip ${kb(r.gzip)}, brotli ${kb(r.brotli)}`,
        );
      },
    },
  };
}
