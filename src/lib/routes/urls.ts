import { LOCALES, type Locale, isLocale } from '../../i18n/locales';
import type { UiKey } from '../../i18n/ui/de';
import { PLAN_PDF_URL } from '../content/plan';
import { ENTITIES, ENTITY_KINDS, kindOfSegment, type EntityKind } from '../content/collections';

/**
 * Every URL of the site is built here. A URL derives from the entity kind, its permanent ID and the
 * locale only, and the path after the locale prefix is the same in every language.
 */
export { ENTITY_KINDS, isEntityKind, type EntityKind } from '../content/collections';
export * from './files';

/** The URL segment of each entity kind, from the entity table: `ENTITY_SEGMENTS.measure // => 'measures'`. */
export const ENTITY_SEGMENTS = Object.fromEntries(
  ENTITY_KINDS.map((k) => [k, ENTITIES[k].segment]),
) as Record<EntityKind, string>;

export interface StaticPageDefinition {
  /** The path after the locale prefix. */
  readonly path: string;
  /** How the page is named where another page links to it (navigation, change history). */
  readonly label: UiKey;
  /** Its title: a UI string, or the title of its own text in `content/text/<locale>/pages/`. */
  readonly title: UiKey | { readonly text: string };
  /** Anchors its template writes (prose headings add their own per language). */
  readonly anchors: readonly string[];
}

/** Pages that are not entities: path, label, title and anchors, each defined here only. */
export const STATIC_PAGES = {
  home: { path: '', label: 'nav.home', title: 'site.tagline', anchors: ['pillars', 'key-dates'] },
  search: { path: 'search/', label: 'nav.search', title: 'search.title', anchors: [] },
  methodology: {
    path: 'methodology/',
    label: 'nav.methodology',
    title: { text: 'methodology' },
    anchors: ['verification'],
  },
  glossary: { path: 'glossary/', label: 'nav.glossary', title: 'glossary.title', anchors: [] },
  deadlines: { path: 'deadlines/', label: 'nav.deadlines', title: 'timeline.title', anchors: [] },
  topics: { path: 'topics/', label: 'nav.topics', title: 'topics.title', anchors: [] },
  measures: { path: 'measures/', label: 'browse.measures', title: 'browse.measures', anchors: [] },
  agencies: {
    path: 'agencies/',
    label: 'browse.agenciesTitle',
    title: 'browse.agenciesTitle',
    anchors: [],
  },
  orders: { path: 'orders/', label: 'nav.orders', title: 'list.orders', anchors: [] },
  prior: { path: 'prior/', label: 'nav.prior', title: 'list.prior', anchors: [] },
  data: { path: 'data/', label: 'nav.data', title: { text: 'data' }, anchors: ['files', 'fields'] },
  changes: { path: 'changes/', label: 'nav.changes', title: 'changes.title', anchors: [] },
  /** The plan in full; its block anchors come from `content/fulltext/plan.en.json` (see `src/lib/fulltext/`). */
  /** The implementation tracker's overview (src/lib/tracker/). */
  status: {
    path: 'status/',
    label: 'nav.status',
    title: 'tracker.title',
    anchors: ['counts', 'measures', 'timeline', 'methodology'],
  },
  planText: {
    path: 'plan/text/',
    label: 'fulltext.planNav',
    title: 'fulltext.planTitle',
    anchors: ['footnotes'],
  },
} as const satisfies Record<string, StaticPageDefinition>;

export type StaticPage = keyof typeof STATIC_PAGES;

export function isStaticPage(value: string): value is StaticPage {
  return Object.hasOwn(STATIC_PAGES, value);
}

/** IDs may contain dots (`1.3.2`); in a path segment they become hyphens so no server mistakes them for a file extension. */
export function idToSlug(id: string): string {
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(id))
    throw new Error(`Invalid entity ID "${id}": use lower-case letters, digits, dots and hyphens.`);
  return id.replaceAll('.', '-');
}

export function entityPath(kind: EntityKind, id: string, locale: Locale, anchor?: string): string {
  const path = `/${locale}/${ENTITY_SEGMENTS[kind]}/${idToSlug(id)}/`;
  return anchor ? `${path}#${anchor}` : path;
}

/** The machine-readable record of one entity; language-neutral, so it lives outside the locale prefixes. */
export function entityDataPath(kind: EntityKind, id: string): string {
  return `/data/${ENTITY_SEGMENTS[kind]}/${idToSlug(id)}.json`;
}

/** Downloadable citation of an entity page, next to the page: `/en/measures/1-3-2/cite.bib`. */
export function citationPath(
  kind: EntityKind,
  id: string,
  locale: Locale,
  extension: string,
): string {
  return `${entityPath(kind, id, locale)}cite.${extension}`;
}

/** The social card image of an entity page. */
export function cardPath(kind: EntityKind, id: string, locale: Locale): string {
  return `/cards/${locale}/${ENTITY_SEGMENTS[kind]}/${idToSlug(id)}.png`;
}

/** The card of a page that is not an entity: `/cards/de/pages/glossary.png`. */
export function staticCardPath(page: StaticPage, locale: Locale): string {
  return `/cards/${locale}/pages/${page}.png`;
}

/** The card for any page path: the entity's or static page's own card; the home page's for anything else. */
export function cardForPath(path: string): string {
  const locale = localeFromPath(path) ?? 'en';
  const rest = path.slice(`/${locale}/`.length);
  const entity = rest.match(/^([a-z]+)\/([^/]+)\/$/);
  if (entity) {
    const kind = kindOfSegment(entity[1]!);
    if (kind) return cardPath(kind, entity[2]!, locale);
  }
  const page = (Object.keys(STATIC_PAGES) as StaticPage[]).find(
    (p) => STATIC_PAGES[p].path === rest,
  );
  return staticCardPath(page ?? 'home', locale);
}

/** The Atom feed of the change history in one language. */
export function changesFeedPath(locale: Locale): string {
  return `/${locale}/changes.xml`;
}

/** `/en/documents/omb-m-25-21/`: an implementing document's page, the same path after the prefix in every language (src/lib/tracker/). */
export function documentPath(id: string, locale: Locale, anchor?: string): string {
  const path = `/${locale}/documents/${idToSlug(id)}/`;
  return anchor ? `${path}#${anchor}` : path;
}

/** `pagePath('glossary', 'de') // => '/de/glossary/'` */
export function pagePath(page: StaticPage, locale: Locale): string {
  return `/${locale}/${STATIC_PAGES[page].path}`;
}

/** A glossary entry is an anchor on the glossary page, so the whole glossary prints and searches as one page. */
export function glossaryTermPath(id: string, locale: Locale): string {
  return `${pagePath('glossary', locale)}#${id}`;
}

/** The same page in another language: only the prefix changes. */
export function switchLocalePath(path: string, to: Locale): string {
  const match = path.match(/^\/([a-z]{2})(\/.*)?$/);
  if (!match || !isLocale(match[1])) throw new Error(`Path "${path}" has no locale prefix`);
  return `/${to}${match[2] ?? '/'}`;
}

export function localeFromPath(path: string): Locale | undefined {
  const first = path.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/** Alternates for `<link rel="alternate" hreflang>`: one per locale plus x-default (the English page, for readers of neither language). */
export function alternates(path: string, site: URL): { hreflang: string; href: string }[] {
  const links: { hreflang: string; href: string }[] = LOCALES.map((locale) => ({
    hreflang: locale,
    href: new URL(switchLocalePath(path, locale), site).href,
  }));
  links.push({ hreflang: 'x-default', href: new URL(switchLocalePath(path, 'en'), site).href });
  return links;
}

export { PLAN_PDF_URL };

/** The official PDF opened at a page; `#page=` is understood by the PDF viewers of all major browsers. */
export function planPdfUrl(pdfPage?: number): string {
  return pdfPage ? `${PLAN_PDF_URL}#page=${pdfPage}` : PLAN_PDF_URL;
}
