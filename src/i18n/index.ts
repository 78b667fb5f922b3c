import type { Locale } from './locales';
import { de, type UiKey } from './ui/de';
import { en } from './ui/en';

const DICTIONARIES: Record<Locale, Record<UiKey, string>> = { de, en };

/** Fills `{name}` slots; a slot without a value is an error, so a missing argument cannot ship. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`UI string "${template}" needs a value for {${name}}`);
    return String(value);
  });
}

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

export function useTranslations(locale: Locale): Translate {
  const dict = DICTIONARIES[locale];
  return (key, values) => format(dict[key], values);
}

export type { UiKey };
