import type { APIRoute } from 'astro';
import { DATASETS, dataset, datasetFile, toJson } from '../../lib/open-data';
import { dataContext } from '../../lib/open-data-context';

export function getStaticPaths() {
  return DATASETS.map((d) => ({ params: { name: d.name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const body = toJson(datasetFile(dataset(params.name!), await dataContext(site)));
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
