import type { APIRoute } from 'astro';
import { isTrackerDataset, TRACKER_DATASET_NAMES, trackerDataset } from '~/lib/tracker/open-data';
import { loadTracker } from '~/lib/tracker/load';
import { DATASETS, dataset, datasetFile, toJson } from '~/lib/open-data/datasets';
import { cachedRecords, dataContext } from '~/lib/open-data/context';

export function getStaticPaths() {
  return [...DATASETS.map((d) => d.name), ...TRACKER_DATASET_NAMES].map((name) => ({
    params: { name },
  }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const ctx = await dataContext(site);
  const d = isTrackerDataset(params.name!)
    ? trackerDataset(params.name, (await loadTracker()).model)
    : dataset(params.name!);
  const body = toJson(datasetFile(d, ctx, cachedRecords(d, ctx)));
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
