import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { DATA_COLLECTIONS } from './content-check';
import { buildModel, queries, type Queries, type SiteModel } from './model';
import { textId } from './text-ids';
import { withAgencyMentions } from './agency-mentions';

/** The only module that reads Astro's content collections; pages get typed data from here. */
export interface Site extends Queries {
  model: SiteModel;
  text(locale: Locale, collection: string, id: string): CollectionEntry<'texts'>;
  textTitle(locale: Locale, collection: string, id: string): string;
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const names = DATA_COLLECTIONS;
  const entries = await Promise.all(names.map((n) => getCollection(n)));
  const raw = Object.fromEntries(names.map((n, i) => [n, entries[i]!.map((e) => ({ ...(e.data as Record<string, unknown>), id: e.id }))]));
  const model = buildModel(raw as unknown as Parameters<typeof buildModel>[0]);
  const agencies = new Map(model.agencies.map((a) => [a.id, a]));
  const texts = new Map((await getCollection('texts')).map((t) => [t.id, withAgencyMentions(t, agencies)]));
  const site: Site = {
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

export function loadSite(): Promise<Site> {
  return (cached ??= load());
}
