import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { recordPhase } from '../lib/build/timings';

/** Pagefind reports failures in `errors` arrays instead of throwing; make every one of them fatal. */
function assertNoErrors(step: string, response: { errors: string[] }) {
  if (response.errors.length > 0)
    throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

/**
 * Builds the search index after the static build. Pagefind splits it by `<html lang>`, which gives
 * one index per site language; only `data-pagefind-body` regions are indexed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const created = await pagefind.createIndex({});
          assertNoErrors('createIndex', created);
          const index = created.index!;
          const added = await index.addDirectory({ path: outDir });
          assertNoErrors('addDirectory', added);
          if (added.page_count === 0)
            throw new Error(
              'Pagefind indexed no pages: check data-pagefind-body on the content pages',
            );
          assertNoErrors(
            'writeFiles',
            await index.writeFiles({ outputPath: `${outDir}/pagefind` }),
          );
          recordPhase('pagefind', performance.now() - started);
          logger.info(`search index built from ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
