import { loadSiteData } from '../content/site-data';
import { buildRecords, type DataContext, type Dataset } from './datasets';

/** The open-data builders' view of the site: the model, its queries and the front matter of every text. */
export async function dataContext(site: URL | undefined): Promise<DataContext> {
  if (!site) throw new Error('astro.config.mjs: "site" is not set. Fix: set it (or SITE_URL) so the open data can carry absolute URLs.');
  const s = await loadSiteData();
  return { model: s.model, q: s, site, text: (locale, collection, id) => s.text(locale, collection, id).data };
}

const cache = new Map<string, Record<string, unknown>[]>();

/** Records of a dataset, built once per build: the per-entity files would otherwise rebuild them hundreds of times. */
export function cachedRecords(d: Dataset, ctx: DataContext): Record<string, unknown>[] {
  const key = `${ctx.site.href} ${d.name}`;
  let records = cache.get(key);
  if (!records) cache.set(key, (records = buildRecords(d, ctx)));
  return records;
}
