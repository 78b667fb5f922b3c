import type { APIRoute } from 'astro';
import { DATASETS, dataset, entityFile, toJson } from '~/lib/open-data/datasets';
import { cachedRecord, dataContext } from '~/lib/open-data/context';
import { loadSiteData } from '~/lib/content/site-data';
import { ENTITY_SEGMENTS, idToSlug } from '~/lib/routes/urls';

/** One file per entity at `entityDataPath(kind, id)`, holding the same record as the bulk file. */
export async function getStaticPaths() {
  const { model } = await loadSiteData();
  return DATASETS.flatMap((d) =>
    d.entities(model).map((e) => ({
      params: { kind: ENTITY_SEGMENTS[d.kind], id: idToSlug(e.id) },
      props: { name: d.name, id: e.id },
    })),
  );
}

export const GET: APIRoute<{ name: string; id: string }> = async ({ props, site }) => {
  const ctx = await dataContext(site);
  const d = dataset(props.name);
  const record = cachedRecord(d, ctx, props.id);
  if (!record) throw new Error(`open data: no ${d.name} record "${props.id}"`);
  return new Response(toJson(entityFile(d, record, ctx)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
