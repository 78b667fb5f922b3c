import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales';
import { DATA_COLLECTIONS, GLOSSED_AGENCY_COLLECTIONS } from './collections';
import { buildModel, queries, type Queries, type RawCollections, type SiteModel } from './model';
import { textId } from './text-ids';
import { withAgencyMentions, type GlossAgency } from '../editorial/agency-mentions';
import { withQuoteText } from '../editorial/quote-text';

/** The only module that reads Astro's content collections; pages get typed data from here. */
export interface SiteData extends Queries {
  model: SiteModel;
  text(locale: Locale, collection: string, id: string): CollectionEntry<'texts'>;
  textTitle(locale: Locale, collection: string, id: string): string;
}

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const raw: Partial<RawCollections> = {};
  for (const name of DATA_COLLECTIONS) raw[name] = (await getCollection(name)).map((e) => ({ ...e.data, id: e.id }));
  const model = buildModel(raw as RawCollections);
  const glossed = GLOSSED_AGENCY_COLLECTIONS.flatMap((c) => raw[c] ?? []) as GlossAgency[];
  const agencies = new Map(glossed.map((a) => [a.id, a]));
  const texts = new Map((await getCollection('texts')).map((t) => [t.id, withAgencyMentions(withQuoteText(t), agencies)]));
  const site: SiteData = {
    model,
    ...queries(model),
    text(locale, collection, id) {
      const entry = texts.get(textId(locale, collection, id));
      if (!entry)
        throw new Error(
          `content/text/${locale}/${collection}/${id}.md is missing. Fix: write it (the content check should have caught this).`,
        );
      return entry;
    },
    textTitle(locale, collection, id) {
      return site.text(locale, collection, id).data.title;
    },
  };
  return site;
}

export function loadSiteData(): Promise<SiteData> {
  return (cached ??= load());
}
