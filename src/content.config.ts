import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { createSchemas } from './lib/content/schemas';
import { textIdFromPath } from './lib/content/text-ids';
import {
  FULLTEXT_COLLECTIONS,
  fulltextLoader,
  type FulltextCollection,
} from './lib/fulltext/collections';
import { createTrackerSchemas } from './lib/tracker/schemas';

const schemas = createSchemas(reference);
const data = (name: string) => file(`content/data/${name}.json`);
/** A collection of primary texts (`content/fulltext/`), defined by its entry in `FULLTEXT_COLLECTIONS`. */
const fulltext = (name: FulltextCollection) => ({ loader: fulltextLoader(name) });
const F = FULLTEXT_COLLECTIONS;
const tracker = createTrackerSchemas(reference);

export const collections = {
  pillars: defineCollection({ loader: data('pillars'), schema: schemas.pillars }),
  sections: defineCollection({ loader: data('sections'), schema: schemas.sections }),
  measures: defineCollection({ loader: data('measures'), schema: schemas.measures }),
  agencies: defineCollection({ loader: data('agencies'), schema: schemas.agencies }),
  'other-agencies': defineCollection({
    loader: data('other-agencies'),
    schema: schemas['other-agencies'],
  }),
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
  deadlineStatuses: defineCollection({
    loader: data('deadline-statuses'),
    schema: tracker.deadlineStatuses,
  }),
  texts: defineCollection({
    loader: glob({
      pattern: '**/*.md',
      base: 'content/text',
      generateId: ({ entry }) => textIdFromPath(entry),
    }),
    schema: schemas.texts,
  }),
  planText: defineCollection({ ...fulltext('planText'), schema: F.planText.schema }),
  planTranslations: defineCollection({
    ...fulltext('planTranslations'),
    schema: F.planTranslations.schema,
  }),
  orderTexts: defineCollection({ ...fulltext('orderTexts'), schema: F.orderTexts.schema }),
  orderTranslations: defineCollection({
    ...fulltext('orderTranslations'),
    schema: F.orderTranslations.schema,
  }),
};
