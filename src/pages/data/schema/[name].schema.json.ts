import type { APIRoute } from 'astro';
import { isTrackerDataset, TRACKER_DATASET_NAMES, trackerDataset } from '~/lib/tracker/open-data';
import { loadTracker } from '~/lib/tracker/load';
import { DATASETS, dataset, entitySchema, fileSchema, toJson } from '~/lib/open-data/datasets';

/** `<name>.schema.json` describes a whole file, `<name>-record.schema.json` the file of one entity. */
export function getStaticPaths() {
  return [
    ...DATASETS.flatMap((d) => [
      { params: { name: d.name } },
      { params: { name: `${d.name}-record` } },
    ]),
    ...TRACKER_DATASET_NAMES.map((name) => ({ params: { name } })),
  ];
}

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.name!;
  if (isTrackerDataset(name))
    return new Response(
      toJson(fileSchema(trackerDataset(name, (await loadTracker()).model), site!)),
      {
        headers: { 'content-type': 'application/schema+json' },
      },
    );
  const record = name.endsWith('-record');
  const d = dataset(record ? name.slice(0, -'-record'.length) : name);
  const body = toJson(record ? entitySchema(d, site!) : fileSchema(d, site!));
  return new Response(body, { headers: { 'content-type': 'application/schema+json' } });
};
