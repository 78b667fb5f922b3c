import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n';
import type { CitableWork } from '../citation/formats';
import { originalCertainty } from '../citation/original';
import type { CardText } from '../head/social-card';
import {
  ENTITY_KINDS,
  entityPath,
  idToSlug,
  STATIC_PAGES,
  type EntityKind,
  type StaticPage,
} from '../routes/urls';
import type { Queries, SiteModel } from '../content/model';
import { entitiesOfModel } from '../routes/site-pages';
import { entityCollection } from '../content/collections';

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
  return entityCollection(kind);
}

export function entityIds(model: SiteModel, kind: EntityKind): string[] {
  return entitiesOfModel(model)[kind].map((e) => e.id);
}

/** The page title as readers cite it: it carries the citable ID where the entity has one. */
export function entityTitle(
  src: EntitySource,
  kind: EntityKind,
  id: string,
  locale: Locale,
): string {
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

/** Each entity's own `checked` date by `kind:id`, built once per model rather than searched per page. */
const checkedDates = new WeakMap<SiteModel, Map<string, string | undefined>>();

/** The date the entity's facts were last checked; comparison topics share the site's date. */
export function entityChecked(src: EntitySource, kind: EntityKind, id: string): string {
  let dates = checkedDates.get(src.model);
  if (!dates) {
    const byKind = entitiesOfModel(src.model);
    dates = new Map(
      ENTITY_KINDS.flatMap((k) =>
        byKind[k].map((e): [string, string | undefined] => [`${k}:${e.id}`, e.checked]),
      ),
    );
    checkedDates.set(src.model, dates);
  }
  const key = `${kind}:${id}`;
  if (!dates.has(key)) throw new Error(`Unknown ${kind} "${id}"`);
  return dates.get(key) ?? src.model.checked;
}

export function citableEntity(
  src: EntitySource,
  kind: EntityKind,
  id: string,
  locale: Locale,
  site: URL,
): CitableWork {
  return {
    siteName: useTranslations(locale)('site.name'),
    title: entityTitle(src, kind, id, locale),
    url: new URL(entityPath(kind, id, locale), site).href,
    date: entityChecked(src, kind, id),
    locale,
    key: `atlas-${kind}-${idToSlug(id)}-${locale}`,
    ...certaintyNote(src, kind, id, locale),
  };
}

/** A note for the citation files where the original's citation or date rests on secondary sources or is unverified. */
function certaintyNote(
  src: EntitySource,
  kind: EntityKind,
  id: string,
  locale: Locale,
): { note?: string } {
  const level =
    kind === 'order'
      ? originalCertainty({ kind, order: src.order(id) })
      : kind === 'prior'
        ? originalCertainty({ kind, prior: src.prior(id) })
        : undefined;
  if (!level) return {};
  const t = useTranslations(locale);
  return { note: t('certainty.citeNote', { level: t(`verification.${level}`) }) };
}

/** What the entity's social card says: kind and ID above, the title in the page language below. */
export function entityCard(
  src: EntitySource,
  kind: EntityKind,
  id: string,
  locale: Locale,
): CardText {
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
  const title =
    kind === 'agency'
      ? entityTitle(src, kind, id, locale)
      : src.textTitle(locale, textCollection(kind), id);
  return { siteName: t('site.name'), kicker: kickers[kind](), title, footer: t('card.footer') };
}

export function staticPageTitle(
  src: Pick<EntitySource, 'textTitle'>,
  page: StaticPage,
  locale: Locale,
): string {
  const source = STATIC_PAGES[page].title;
  return typeof source === 'string'
    ? useTranslations(locale)(source)
    : src.textTitle(locale, 'pages', source.text);
}

export function staticPageCard(
  src: Pick<EntitySource, 'textTitle'>,
  page: StaticPage,
  locale: Locale,
): CardText {
  const t = useTranslations(locale);
  return {
    siteName: t('site.name'),
    kicker: '',
    title: staticPageTitle(src, page, locale),
    footer: t('card.footer'),
  };
}
