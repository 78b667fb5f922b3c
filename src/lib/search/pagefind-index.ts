import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Pagefind reports failures in `errors` arrays instead of throwing; make every one of them fatal. */
function assertNoErrors(step: string, response: { errors: string[] }) {
  if (response.errors.length > 0)
    throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

/** The folder of the build output that holds the search index. */
export const SEARCH_INDEX_DIR = 'pagefind';

/**
 * Indexes the built pages in `outDir` and writes the index to `outDir/pagefind`; returns the number
 * of pages indexed. Pagefind splits the index by `<html lang>`, which gives one index per site
 * language; only `data-pagefind-body` regions are indexed. The indexing runs in Pagefind's own
 * process, so Node's thread pool is free meanwhile.
 */
export async function writeSearchIndex(outDir: string): Promise<number> {
  try {
    const created = await pagefind.createIndex({});
    assertNoErrors('createIndex', created);
    const index = created.index!;
    const added = await index.addDirectory({ path: outDir });
    assertNoErrors('addDirectory', added);
    if (added.page_count === 0)
      throw new Error('Pagefind indexed no pages: check data-pagefind-body on the content pages');
    assertNoErrors(
      'writeFiles',
      await index.writeFiles({ outputPath: join(outDir, SEARCH_INDEX_DIR) }),
    );
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
