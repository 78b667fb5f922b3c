import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { createSchemas, type ReferenceFn } from './lib/schemas';
import { textIdFromPath } from './lib/text-ids';
import { createTrackerSchemas, type TrackerReferenceFn } from './lib/tracker/schemas';

const schemas = createSchemas(reference as unknown as ReferenceFn);
const data = (name: string) => file(`content/data/${name}.json`);
const tracker = createTrackerSchemas(reference as unknown as TrackerReferenceFn);

export const collections = {
  pillars: defineCollection({ loader: data('pillars'), schema: schemas.pillars }),
  sections: defineCollection({ loader: data('sections'), schema: schemas.sections }),
  measures: defineCollection({ loader: data('measures'), schema: schemas.measures }),
  agencies: defineCollection({ loader: data('agencies'), schema: schemas.agencies }),
  orders: defineCollection({ loader: data('orders'), schema: schemas.orders }),
  prior: defineCollection({ loader: data('prior'), schema: schemas.prior }),
  footnotes: defineCollection({ loader: data('footnotes'), schema: schemas.footnotes }),
  glossary: defineCollection({ loader: data('glossary'), schema: schemas.glossary }),
  topics: defineCollection({ loader: data('topics'), schema: schemas.topics }),
  changes: defineCollection({ loader: data('changes'), schema: schemas.changes }),
  site: defineCollection({ loader: data('site'), schema: schemas.site }),
  documents: defineCollection({ loader: data('documents'), schema: schemas.documents }),
  /** The implementation tracker (src/lib/tracker). */
  events: defineCollection({ loader: data('events'), schema: tracker.events }),
  statuses: defineCollection({ loader: data('statuses'), schema: tracker.statuses }),
  deadlineStatuses: defineCollection({ loader: data('deadline-statuses'), schema: tracker.deadlineStatuses }),
  texts: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: 'content/text', generateId: ({ entry }) => textIdFromPath(entry) }),
    schema: schemas.texts,
  }),
};
