/**
 * URLs of the site's files that are not pages: open data, JSON Schemas, the sitemap and the Pagefind
 * bundle. A leaf module, so the browser's search script can import it without the rest of the routes.
 * `urls.ts` re-exports everything here.
 */

/** A dataset as one file: `dataFilePath('measures', 'csv') // => '/data/measures.csv'`. */
export const dataFilePath = (name: string, ext: 'json' | 'csv') => `/data/${name}.${ext}`;
/** The JSON Schema of a dataset file: `/data/schema/measures.schema.json`. */
export const schemaPath = (name: string) => `/data/schema/${name}.schema.json`;
/** The JSON Schema of one record of a dataset: `/data/schema/measures-record.schema.json`. */
export const recordSchemaPath = (name: string) => `/data/schema/${name}-record.schema.json`;

export const SITEMAP_PATH = '/sitemap.xml';

/** Where the build writes Pagefind's index and UI (`dist/pagefind/`), as the search UI loads it. */
export const PAGEFIND_BUNDLE_PATH = '/pagefind/';
