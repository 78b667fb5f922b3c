import type { APIRoute } from 'astro';
import { DATASETS, dataset, datasetFile, toJson } from '~/lib/open-data/datasets';
import { cachedRecords, dataContext } from '~/lib/open-data/context';

export function getStaticPaths() {
  return DATASETS.map((d) => ({ params: { name: d.name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const ctx = await dataContext(site);
  const d = dataset(params.name!);
  const body = toJson(datasetFile(d, ctx, cachedRecords(d, ctx)));
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
