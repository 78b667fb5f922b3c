import { LOCALES, type Locale } from '../../i18n/locales';
import { idToSlug } from './urls';

/** `getStaticPaths` entries for one entity page per locale and ID; the slug is derived from the ID only. */
export function localizedPaths(
  ids: string[],
): { params: { lang: Locale; id: string }; props: { locale: Locale; id: string } }[] {
  return LOCALES.flatMap((locale) =>
    ids.map((id) => ({ params: { lang: locale, id: idToSlug(id) }, props: { locale, id } })),
  );
}

export function localePaths(): { params: { lang: Locale }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { lang: locale }, props: { locale } }));
}
