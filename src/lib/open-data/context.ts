import { loadSiteData } from '../content/site-data';
import { buildRecords, type DataContext, type Dataset } from './datasets';

/** The open-data builders' view of the site: the model, its queries and the front matter of every text. */
export async function dataContext(site: URL | undefined): Promise<DataContext> {
  if (!site)
    throw new Error(
      'astro.config.mjs: "site" is not set. Fix: set it (or SITE_URL) so the open data can carry absolute URLs.',
    );
  const s = await loadSiteData();
  return {
    model: s.model,
    q: s,
    site,
    text: (locale, collection, id) => s.text(locale, collection, id).data,
  };
}

const cache = new Map<string, Record<string, unknown>[]>();

/** Records of a dataset, built once per build: the per-entity files would otherwise rebuild them hundreds of times. */
export function cachedRecords(d: Dataset, ctx: DataContext): Record<string, unknown>[] {
  const key = `${ctx.site.href} ${d.name}`;
  let records = cache.get(key);
  if (!records) cache.set(key, (records = buildRecords(d, ctx)));
  return records;
}

const byId = new Map<Record<string, unknown>[], Map<unknown, Record<string, unknown>>>();

/** One record of a dataset by ID, from an index built once: per-entity files ask for theirs one by one. */
export function cachedRecord(
  d: Dataset,
  ctx: DataContext,
  id: string,
): Record<string, unknown> | undefined {
  const records = cachedRecords(d, ctx);
  let index = byId.get(records);
  if (!index) byId.set(records, (index = new Map(records.map((r) => [r.id, r]))));
  return index.get(id);
}
