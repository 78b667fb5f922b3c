import type { Locale } from '../../i18n/locales';
import { TEXT_LICENCE } from '../content/licence';
import type { CitableWork } from '../citation/formats';
import { PLAN_RELEASE_DATE } from '../views/key-dates';
import type { Order, PriorInstrument } from '../content/model';
import { PLAN_TITLE } from '../citation/original';
import { pagePath, planPdfUrl } from '../routes/urls';

/**
 * Metadata that reference managers and link previews read without a plugin: Highwire Press
 * `citation_*` tags (Zotero, Google Scholar), schema.org JSON-LD and Open Graph.
 */

const OG_LOCALE: Record<Locale, string> = { de: 'de_DE', en: 'en_US' };
const LANGUAGE_TAG: Record<Locale, string> = { de: 'de-DE', en: 'en-US' };

/** Highwire wants dates as YYYY/MM/DD. */
export function highwireTags(w: CitableWork): [name: string, content: string][] {
  return [
    ['citation_title', w.title],
    ['citation_author', w.siteName],
    ['citation_publisher', w.siteName],
    ['citation_date', w.date.replaceAll('-', '/')],
    ['citation_language', w.locale],
    ['citation_public_url', w.url],
  ];
}

export interface Legislation {
  '@type': 'Legislation';
  name: string;
  legislationIdentifier?: string;
  legislationType?: string;
  legislationDate?: string;
  author?: { '@type': 'GovernmentOrganization'; name: string };
  url?: string;
  sameAs?: string;
  inLanguage: 'en';
}

const WHITE_HOUSE = { '@type': 'GovernmentOrganization', name: 'The White House' } as const;

/** Drops the keys whose value is unknown, so no field claims a fact the data lacks. */
function known(value: { [K in keyof Legislation]: Legislation[K] | undefined }): Legislation {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as unknown as Legislation;
}

export function planLegislation(pdfPage?: number): Legislation {
  return {
    '@type': 'Legislation',
    name: PLAN_TITLE,
    legislationType: 'Policy plan',
    legislationDate: PLAN_RELEASE_DATE,
    author: WHITE_HOUSE,
    url: planPdfUrl(pdfPage),
    inLanguage: 'en',
  };
}

export function orderLegislation(order: Order): Legislation {
  return known({
    '@type': 'Legislation',
    name: order.titleEn,
    legislationIdentifier: `Executive Order ${order.number}`,
    legislationType: 'Executive order',
    legislationDate: order.signingDate,
    author: WHITE_HOUSE,
    url: order.officialUrl ?? order.frUrl ?? undefined,
    sameAs: order.officialUrl && order.frUrl ? order.frUrl : undefined,
    inLanguage: 'en',
  });
}

export function priorLegislation(doc: PriorInstrument): Legislation {
  return known({
    '@type': 'Legislation',
    name: doc.titleEn,
    legislationIdentifier: doc.number ?? undefined,
    legislationType: doc.kindEn,
    legislationDate: doc.date ?? undefined,
    url: doc.officialUrl ?? undefined,
    inLanguage: 'en',
  });
}

/** The page as an `Article` that `isBasedOn` the US originals it describes. */
export function articleJsonLd(
  w: CitableWork,
  description: string,
  image: string,
  basedOn: Legislation[],
  site: URL,
): Record<string, unknown> {
  const home = new URL(pagePath('home', w.locale), site).href;
  const publisher = { '@type': 'Organization', name: w.siteName, url: home };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': w.url,
    url: w.url,
    headline: w.title,
    name: w.title,
    description,
    inLanguage: LANGUAGE_TAG[w.locale],
    dateModified: w.date,
    author: publisher,
    publisher,
    isPartOf: { '@type': 'WebSite', name: w.siteName, url: home },
    image,
    license: TEXT_LICENCE.url,
    isBasedOn: basedOn,
  };
}

export interface OpenGraph {
  title: string;
  description: string;
  url: string;
  type: 'article' | 'website';
  locale: string;
  alternateLocales: string[];
  siteName: string;
  image: string;
  imageAlt: string;
}

export function openGraph(
  args: Omit<OpenGraph, 'locale' | 'alternateLocales'> & { locale: Locale; others: Locale[] },
): OpenGraph {
  const { locale, others, ...rest } = args;
  return { ...rest, locale: OG_LOCALE[locale], alternateLocales: others.map((l) => OG_LOCALE[l]) };
}

/** The card size Open Graph and large link previews expect. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** JSON inside `<script type="application/ld+json">`: `<` is escaped so no text can end the element early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
