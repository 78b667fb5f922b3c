import { getCollection, type CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import { LOCALES, type Locale } from '../../i18n/locales';
import type { SitePage } from '../routes/site-pages';
import { documentPath } from '../routes/urls';
import type { createDocumentSchema } from './schemas';

/** An implementing instrument with references flattened to IDs; newest first in lists. */
type Parsed = z.output<ReturnType<typeof createDocumentSchema>>;
type Refs = 'agencies' | 'measures' | 'orders' | 'prior' | 'topics' | 'replaces';
export type TrackerDocument = Omit<Parsed, Refs> & Record<Refs, string[]>;

/** `/en/documents/omb-m-25-21/` (in `routes/urls.ts`, which the Markdown plugins can import without `astro:content`). */
export { documentPath };

/** The documents index: `/en/documents/`. */
export function documentsIndexPath(locale: Locale): string {
  return `/${locale}/documents/`;
}

const ids = (refs: { id: string }[]) => refs.map((r) => r.id);

let cached: Promise<TrackerDocument[]> | undefined;

/** All documents, newest first (then by ID); the only reader of the `documents` collection. */
export function loadDocuments(): Promise<TrackerDocument[]> {
  return (cached ??= getCollection('documents').then((entries: CollectionEntry<'documents'>[]) =>
    entries
      .map(({ data }) => ({
        ...data,
        agencies: ids(data.agencies),
        measures: ids(data.measures),
        orders: ids(data.orders),
        prior: ids(data.prior),
        topics: ids(data.topics),
        replaces: ids(data.replaces),
      }))
      .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
  ));
}

/** The document pages and the index for the sitemap, in the shape of the site's own pages. */
export function documentSitePages(
  documents: readonly TrackerDocument[],
  checked: string,
): SitePage[] {
  const paths = (f: (l: Locale) => string) =>
    Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, string>;
  return [
    { kind: 'page', id: 'documents', paths: paths(documentsIndexPath), checked },
    ...documents.map((d): SitePage => ({
      kind: 'page',
      id: `document:${d.id}`,
      paths: paths((l) => documentPath(d.id, l)),
      checked,
    })),
  ];
}
