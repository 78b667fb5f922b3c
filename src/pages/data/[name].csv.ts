import type { APIRoute } from 'astro';
import { DATASETS, dataset } from '~/lib/open-data/datasets';
import { toCsv } from '~/lib/open-data/csv';
import { cachedRecords, dataContext } from '~/lib/open-data/context';

export function getStaticPaths() {
  return DATASETS.map((d) => ({ params: { name: d.name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const d = dataset(params.name!);
  const body = toCsv(d, cachedRecords(d, await dataContext(site)));
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
};
