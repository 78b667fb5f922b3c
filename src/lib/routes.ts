import { LOCALES, type Locale, isLocale } from '../i18n/locales';

/**
 * Every URL of the site is built here. A URL derives from the entity kind, its permanent ID and the
 * locale only, and the path after the locale prefix is the same in every language.
 */
export const ENTITY_SEGMENTS = {
  pillar: 'pillars',
  section: 'sections',
  measure: 'measures',
  order: 'orders',
  prior: 'prior',
  agency: 'agencies',
  topic: 'topics',
} as const;

export type EntityKind = keyof typeof ENTITY_SEGMENTS;
export const ENTITY_KINDS = Object.keys(ENTITY_SEGMENTS) as EntityKind[];

/** Pages that are not entities; the value is the path after the locale prefix. */
export const STATIC_PAGES = {
  home: '',
  search: 'search/',
  methodology: 'methodology/',
  glossary: 'glossary/',
  deadlines: 'deadlines/',
  topics: 'topics/',
  measures: 'measures/',
  agencies: 'agencies/',
  orders: 'orders/',
  prior: 'prior/',
  data: 'data/',
  changes: 'changes/',
  status: 'status/',
} as const;

export type StaticPage = keyof typeof STATIC_PAGES;

export function isEntityKind(value: string): value is EntityKind {
  return Object.hasOwn(ENTITY_SEGMENTS, value);
}

/** IDs may contain dots (`1.3.2`); in a path segment they become hyphens so no server mistakes them for a file extension. */
export function idToSlug(id: string): string {
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(id)) throw new Error(`Invalid entity ID "${id}": use lower-case letters, digits, dots and hyphens.`);
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
export function citationPath(kind: EntityKind, id: string, locale: Locale, extension: string): string {
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
    const kind = ENTITY_KINDS.find((k) => ENTITY_SEGMENTS[k] === entity[1]);
    if (kind) return cardPath(kind, entity[2]!, locale);
  }
  const page = (Object.keys(STATIC_PAGES) as StaticPage[]).find((p) => STATIC_PAGES[p] === rest);
  return staticCardPath(page ?? 'home', locale);
}

/** The Atom feed of the change history in one language. */
export function changesFeedPath(locale: Locale): string {
  return `/${locale}/changes.xml`;
}

export function pagePath(page: StaticPage, locale: Locale): string {
  return `/${locale}/${STATIC_PAGES[page]}`;
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

export const PLAN_PDF_URL = 'https://www.whitehouse.gov/wp-content/uploads/2025/07/Americas-AI-Action-Plan.pdf';

/** The official PDF opened at a page; `#page=` is understood by the PDF viewers of all major browsers. */
export function planPdfUrl(pdfPage?: number): string {
  return pdfPage ? `${PLAN_PDF_URL}#page=${pdfPage}` : PLAN_PDF_URL;
}
