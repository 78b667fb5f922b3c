import type { APIRoute } from 'astro';
import { DATASETS, dataset, entitySchema, fileSchema, toJson } from '~/lib/open-data/datasets';

/** `<name>.schema.json` describes a whole file, `<name>-record.schema.json` the file of one entity. */
export function getStaticPaths() {
  return DATASETS.flatMap((d) => [{ params: { name: d.name } }, { params: { name: `${d.name}-record` } }]);
}

export const GET: APIRoute = ({ params, site }) => {
  const name = params.name!;
  const record = name.endsWith('-record');
  const d = dataset(record ? name.slice(0, -'-record'.length) : name);
  const body = toJson(record ? entitySchema(d, site!) : fileSchema(d, site!));
  return new Response(body, { headers: { 'content-type': 'application/schema+json' } });
};
