import type { Locale } from '../../i18n/locales';

/** The Intl locale of each site language. */
export const INTL_LOCALE: Record<Locale, string> = { de: 'de-DE', en: 'en-US' };

/*
 * Intl formatters, made once per language and options. Constructing one loads locale data and costs
 * far more than formatting with it: made per call, date formatting alone took about 2 s of a build's
 * CPU time (profile in issue 16); the build formats tens of thousands of dates.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function memo<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function dateTimeFormat(
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return memo(`date ${locale} ${JSON.stringify(options)}`, () => {
    return new Intl.DateTimeFormat(INTL_LOCALE[locale], options);
  });
}

export function numberFormat(
  locale: Locale,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return memo(`number ${locale} ${JSON.stringify(options)}`, () => {
    return new Intl.NumberFormat(INTL_LOCALE[locale], options);
  });
}

export function listFormat(locale: Locale, options: Intl.ListFormatOptions): Intl.ListFormat {
  return memo(`list ${locale} ${JSON.stringify(options)}`, () => {
    return new Intl.ListFormat(INTL_LOCALE[locale], options);
  });
}
