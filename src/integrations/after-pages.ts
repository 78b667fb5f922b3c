import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timePhase } from '../lib/build/timings';
import { precompress, totalOf } from '../lib/deploy/compress';
import { serverRedirects } from '../lib/deploy/policy';
import { headersFile, redirectsFile } from '../lib/deploy/static-host';
import { REDIRECTS_FILE, type Redirect } from '../lib/content/redirects';
import { SEARCH_INDEX_DIR, writeSearchIndex } from '../lib/search/pagefind-index';

/**
 * After Astro has written the pages: the search index, a gzip and a brotli file next to every text
 * file for servers that send precompressed files, and `_headers` and `_redirects` for static hosts
 * and CDNs. The pages are compressed while Pagefind indexes them (in its own process, while the
 * compression runs in Node's thread pool: issue 16), the index's files after it has written them.
 */
export function afterPages(): AstroIntegration {
  let root = '';
  return {
    name: 'atlas:after-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // ATLAS_COMPRESS_CACHE moves the cache (the benchmark's cold builds use an empty one).
        const cache =
          process.env.ATLAS_COMPRESS_CACHE ||
          join(root, 'node_modules', '.cache', 'atlas-compress');
        const [pages, compressed] = await Promise.all([
          timePhase('pagefind', () => writeSearchIndex(outDir)),
          timePhase('compress', () => precompress(outDir, undefined, cache, [SEARCH_INDEX_DIR])),
        ]);
        logger.info(`search index built from ${pages} pages`);
        const index = await precompress(join(outDir, SEARCH_INDEX_DIR), undefined, cache);
        const redirects = serverRedirects(
          JSON.parse(readFileSync(join(root, REDIRECTS_FILE), 'utf8')) as Redirect[],
        );
        writeFileSync(join(outDir, '_headers'), headersFile());
        writeFileSync(join(outDir, '_redirects'), redirectsFile(redirects));
        const r = totalOf([compressed, index]);
        const kb = (n: number) => `${Math.round(n / 1024)} KB`;
        logger.info(
          `_headers, _redirects; ${r.files} files precompressed: ${kb(r.bytes)} → gzip ${kb(r.gzip)}, brotli ${kb(r.brotli)}`,
        );
      },
    },
  };
}
