import type { Locale } from '../../i18n/locales';
import type { SiteData } from '../content/site-data';

export interface GlossaryView {
  id: string;
  title: string;
  summary: string;
  termEn: string;
  abbr: string | undefined;
}

const COLLATOR: Record<Locale, Intl.Collator> = {
  de: new Intl.Collator('de'),
  en: new Intl.Collator('en'),
};

/** Glossary entries in the alphabetical order of the page's language. */
export function glossaryEntries(site: SiteData, locale: Locale): GlossaryView[] {
  return site.model.glossary
    .map((g) => {
      const text = site.text(locale, 'glossary', g.id).data;
      return { id: g.id, title: text.title, summary: text.summary, termEn: g.termEn, abbr: g.abbr };
    })
    .sort((a, b) => COLLATOR[locale].compare(a.title, b.title));
}
