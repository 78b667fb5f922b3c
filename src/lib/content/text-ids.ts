import { isLocale, type Locale } from '../../i18n/locales';

/** Prose files live at `<locale>/<collection>/<id>.md(x)`; their collection entry ID is that path without the extension. */
export function textIdFromPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/\.md$/, '');
}

export interface TextKey {
  locale: Locale;
  collection: string;
  id: string;
}

export function parseTextId(textId: string): TextKey | undefined {
  const match = textId.match(/^([a-z]{2})\/([a-z-]+)\/(.+)$/);
  if (!match || !isLocale(match[1])) return undefined;
  return { locale: match[1], collection: match[2]!, id: match[3]! };
}

export function textId(locale: Locale, collection: string, id: string): string {
  return `${locale}/${collection}/${id}`;
}
