import type { Locale } from '../i18n/locales';
import type { UiKey } from '../i18n';
import { entityPath, isEntityKind, pagePath, STATIC_PAGES, type EntityKind, type StaticPage } from './routes';

/** The label of each static page where the change history names it. */
export const PAGE_LABELS: Record<StaticPage, UiKey> = {
  home: 'nav.home',
  search: 'nav.search',
  methodology: 'nav.methodology',
  glossary: 'nav.glossary',
  deadlines: 'nav.deadlines',
  topics: 'nav.topics',
  measures: 'browse.measures',
  agencies: 'browse.agenciesTitle',
  orders: 'nav.orders',
  prior: 'nav.prior',
  data: 'nav.data',
  changes: 'nav.changes',
  status: 'nav.status',
};

export interface RefLink {
  href: string;
  kind: EntityKind | 'page';
  id: string;
}

/** Where an entity link of the change history (`measure:1.5.2#facts`, `page:data`) points in a language. The content check has resolved every ref. */
export function refLink(ref: string, locale: Locale): RefLink {
  const match = ref.match(/^([a-z]+):([^#]+)(?:#(.+))?$/);
  if (!match) throw new Error(`content/data/changes.json: "${ref}" is not an entity link`);
  const [, scheme, id, anchor] = match as unknown as [string, string, string, string | undefined];
  if (scheme === 'page' && Object.hasOwn(STATIC_PAGES, id)) {
    const path = pagePath(id as StaticPage, locale);
    return { href: anchor ? `${path}#${anchor}` : path, kind: 'page', id };
  }
  if (!isEntityKind(scheme)) throw new Error(`content/data/changes.json: "${ref}" has no known kind`);
  return { href: entityPath(scheme, id, locale, anchor), kind: scheme, id };
}
