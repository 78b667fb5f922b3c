import type { APIRoute } from 'astro';
import { isTrackerDataset, TRACKER_DATASET_NAMES, trackerDataset } from '~/lib/tracker/open-data';
import { loadTracker } from '~/lib/tracker/load';
import { DATASETS, dataset } from '~/lib/open-data/datasets';
import { toCsv } from '~/lib/open-data/csv';
import { cachedRecords, dataContext } from '~/lib/open-data/context';

export function getStaticPaths() {
  return [...DATASETS.map((d) => d.name), ...TRACKER_DATASET_NAMES].map((name) => ({
    params: { name },
  }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const d = isTrackerDataset(params.name!)
    ? trackerDataset(params.name, (await loadTracker()).model)
    : dataset(params.name!);
  const body = toCsv(d, cachedRecords(d, await dataContext(site)));
  return new Response(body, {
    headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
  });
};
