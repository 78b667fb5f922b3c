import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n';
import type { CitableWork } from './citation';
import type { CardText } from './social-card';
import { entityPath, idToSlug, type EntityKind, type StaticPage } from './routes';
import type { UiKey } from '../i18n/ui/de';
import type { Queries, SiteModel } from './model';
import { entitiesOfModel } from './page-paths';
import { ENTITY_COLLECTIONS } from './entity-collections';

/**
 * What every entity page needs to say about itself — title, IDs, version date — computed once,
 * so the page, its citation files, its metadata and its social card cannot disagree.
 */
export interface EntitySource extends Queries {
  model: SiteModel;
  /** The title written for the entity in one language. */
  textTitle(locale: Locale, collection: string, id: string): string;
}

/** An entity's prose lives in the text collection named like its data collection. */
export function textCollection(kind: EntityKind): string {
  return ENTITY_COLLECTIONS[kind];
}

export function entityIds(model: SiteModel, kind: EntityKind): string[] {
  return entitiesOfModel(model)[kind].map((e) => e.id);
}

/** The page title as readers cite it: it carries the citable ID where the entity has one. */
export function entityTitle(src: EntitySource, kind: EntityKind, id: string, locale: Locale): string {
  const t = useTranslations(locale);
  if (kind === 'agency') {
    const a = src.agency(id);
    return a.acronym ? `${a.nameEn} (${a.acronym})` : a.nameEn;
  }
  const title = src.textTitle(locale, textCollection(kind), id);
  switch (kind) {
    case 'measure':
      return `${t('kind.measure')} ${id}: ${title}`;
    case 'section':
      return `${id} ${title}`;
    case 'pillar':
      return `${t('kind.pillar')} ${src.pillar(id).roman}: ${title}`;
    case 'order':
      return `Executive Order ${id}: ${title}`;
    default:
      return title;
  }
}

/** The date the entity's facts were last checked; comparison topics share the site's date. */
export function entityChecked(src: EntitySource, kind: EntityKind, id: string): string {
  switch (kind) {
    case 'pillar':
      return src.pillar(id).checked;
    case 'section':
      return src.section(id).checked;
    case 'measure':
      return src.measure(id).checked;
    case 'order':
      return src.order(id).checked;
    case 'prior':
      return src.prior(id).checked;
    case 'agency':
      return src.agency(id).checked;
    case 'topic':
      return src.model.checked;
  }
}

export function citableEntity(src: EntitySource, kind: EntityKind, id: string, locale: Locale, site: URL): CitableWork {
  return {
    siteName: useTranslations(locale)('site.name'),
    title: entityTitle(src, kind, id, locale),
    url: new URL(entityPath(kind, id, locale), site).href,
    date: entityChecked(src, kind, id),
    locale,
    key: `atlas-${kind}-${idToSlug(id)}-${locale}`,
  };
}

/** What the entity's social card says: kind and ID above, the title in the page language below. */
export function entityCard(src: EntitySource, kind: EntityKind, id: string, locale: Locale): CardText {
  const t = useTranslations(locale);
  // Functions, because only the pillar's kicker needs a lookup that the other kinds' IDs would fail.
  const kickers: Record<EntityKind, () => string> = {
    pillar: () => `${t('kind.pillar')} ${src.pillar(id).roman}`,
    section: () => `${t('kind.section')} ${id}`,
    measure: () => `${t('kind.measure')} ${id}`,
    order: () => `Executive Order ${id}`,
    prior: () => t('kind.prior'),
    agency: () => t('kind.agency'),
    topic: () => t('kind.topic'),
  };
  const title = kind === 'agency' ? entityTitle(src, kind, id, locale) : src.textTitle(locale, textCollection(kind), id);
  return { siteName: t('site.name'), kicker: kickers[kind](), title, footer: t('card.footer') };
}

/** Titles of the pages that are not entities: a UI string, or the title of the page's own text. */
const STATIC_PAGE_TITLES: Record<StaticPage, UiKey | { text: string }> = {
  home: 'site.tagline',
  search: 'search.title',
  methodology: { text: 'methodology' },
  glossary: 'glossary.title',
  deadlines: 'timeline.title',
  topics: 'topics.title',
  measures: 'browse.measures',
  agencies: 'browse.agenciesTitle',
  orders: 'list.orders',
  prior: 'list.prior',
  data: { text: 'data' },
  changes: 'changes.title',
  status: 'tracker.title',
};

export function staticPageTitle(src: Pick<EntitySource, 'textTitle'>, page: StaticPage, locale: Locale): string {
  const source = STATIC_PAGE_TITLES[page];
  return typeof source === 'string' ? useTranslations(locale)(source) : src.textTitle(locale, 'pages', source.text);
}

export function staticPageCard(src: Pick<EntitySource, 'textTitle'>, page: StaticPage, locale: Locale): CardText {
  const t = useTranslations(locale);
  return { siteName: t('site.name'), kicker: '', title: staticPageTitle(src, page, locale), footer: t('card.footer') };
}
