import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { orderTextSchema, planTextSchema, translationSchema } from './schemas';

/**
 * The primary texts as content collections, one table entry each: which files of
 * `content/fulltext/` a collection holds and the schema of one file. A file is one entry; its ID
 * is the pattern's first group (`orders/14319.en.json` → `14319`). A JSON array becomes
 * `{ blocks }`, a JSON object (a translation) `{ texts }`.
 */
export const FULLTEXT_DIR = 'content/fulltext';

export const FULLTEXT_COLLECTIONS = {
  /** The plan in English: one entry, `plan`. */
  planText: { files: /^(plan)\.en\.json$/, schema: planTextSchema },
  /** Reading translations of the plan, by locale: `de`. */
  planTranslations: {
    files: /^plan\.([a-z]{2})\.json$/,
    exclude: /\.en\.json$/,
    schema: translationSchema,
  },
  /** Each order in English, by number. */
  orderTexts: { files: /^orders\/(\d+)\.en\.json$/, schema: orderTextSchema },
  /** Reading translations of orders, `<locale>/<number>`: `de/14319`. */
  orderTranslations: {
    files: /^orders\/(\d+\.[a-z]{2})\.json$/,
    exclude: /\.en\.json$/,
    schema: translationSchema,
  },
} as const satisfies Record<string, { files: RegExp; exclude?: RegExp; schema: z.ZodType }>;

export type FulltextCollection = keyof typeof FULLTEXT_COLLECTIONS;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** `14319.de` → `de/14319`; other IDs as matched. */
function entryId(match: string): string {
  const m = /^(\d+)\.([a-z]{2})$/.exec(match);
  return m ? `${m[2]}/${m[1]}` : match;
}

/** The files of one collection under `root`, with their entry IDs and parsed JSON wrapped as the schema expects. */
export function fulltextFiles(
  root: string,
  name: FulltextCollection,
): { id: string; file: string; data: Record<string, unknown> }[] {
  const def: { files: RegExp; exclude?: RegExp } = FULLTEXT_COLLECTIONS[name];
  const base = join(root, FULLTEXT_DIR);
  return walk(base)
    .map((path) => ({ path, rel: relative(base, path).replaceAll('\\', '/') }))
    .filter(({ rel }) => def.files.test(rel) && !def.exclude?.test(rel))
    .sort((a, b) => a.rel.localeCompare(b.rel))
    .map(({ path, rel }) => {
      const file = relative(root, path);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        throw new Error(
          `${file}: not valid JSON (${(error as Error).message})\n  Fix: correct the JSON syntax`,
          { cause: error },
        );
      }
      return {
        id: entryId(def.files.exec(rel)![1]!),
        file,
        data: Array.isArray(json) ? { blocks: json } : { texts: json },
      };
    });
}

/** Astro loader for one collection of the table (see `src/content.config.ts`). */
export function fulltextLoader(name: FulltextCollection): Loader {
  return {
    name: `atlas-fulltext-${name}`,
    load: async (context) => {
      const { store, config } = context;
      store.clear();
      for (const { id, file, data } of fulltextFiles(fileURLToPath(config.root), name)) {
        const parsed = await context.parseData({ id, data, filePath: file });
        store.set({ id, data: parsed, digest: context.generateDigest(parsed), filePath: file });
      }
    },
  };
}
