import { LOCALES, type Locale } from '../../i18n/locales';
import type { SiteModel } from '../content/model';
import { ENTITIES } from '../content/collections';
import {
  ENTITY_KINDS,
  STATIC_PAGES,
  entityPath,
  pagePath,
  type EntityKind,
  type StaticPage,
} from './urls';

/**
 * Every HTML page the site publishes in both languages, derived from the routes and the IDs rather
 * than from a crawl of `dist/`, so the sitemap and the redirect check know the pages before the build.
 * The root language choice and the 404 page are not in it: neither is content in one language.
 */
export interface SitePage {
  kind: EntityKind | 'page';
  /** Entity ID, or the static page's key. */
  id: string;
  paths: Record<Locale, string>;
  /** ISO date its facts were last checked, where the page has one. */
  checked: string | undefined;
}

export type EntitiesByKind = Record<
  EntityKind,
  readonly { id: string; checked?: string | undefined }[]
>;

export function sitePages(entities: EntitiesByKind, siteChecked?: string): SitePage[] {
  const pages: SitePage[] = (Object.keys(STATIC_PAGES) as StaticPage[]).map((page) => ({
    kind: 'page',
    id: page,
    paths: Object.fromEntries(LOCALES.map((l) => [l, pagePath(page, l)])) as Record<Locale, string>,
    checked: siteChecked,
  }));
  for (const kind of ENTITY_KINDS) {
    for (const entity of entities[kind]) {
      pages.push({
        kind,
        id: entity.id,
        paths: Object.fromEntries(
          LOCALES.map((l) => [l, entityPath(kind, entity.id, l)]),
        ) as Record<Locale, string>,
        checked: entity.checked ?? siteChecked,
      });
    }
  }
  return pages;
}

/** The URL paths of all those pages, every language. */
export function sitePagePaths(entities: EntitiesByKind): Set<string> {
  return new Set(sitePages(entities).flatMap((p) => LOCALES.map((l) => p.paths[l])));
}

export function entitiesOfModel(model: SiteModel): EntitiesByKind {
  const entities: Partial<EntitiesByKind> = {};
  for (const kind of ENTITY_KINDS) entities[kind] = model[ENTITIES[kind].collection];
  return entities as EntitiesByKind;
}
