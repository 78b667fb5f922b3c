/** The site's languages. German is the default: the site is made for German readers first. */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

/** BCP 47 tags for Intl and `<html lang>`: exactly `de` and `en`, so Pagefind builds one index per language. */
export const LANG_TAG: Record<Locale, string> = { de: 'de', en: 'en' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'de' ? 'en' : 'de';
}
