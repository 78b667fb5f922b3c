import type { Locale } from '../../i18n/locales';
import { dateTimeFormat, listFormat, numberFormat } from './intl';

/** "23. Juli 2025" / "July 23, 2025". Dates are calendar dates, so they are formatted in UTC to avoid shifting a day. */
export function formatDate(iso: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`formatDate: "${iso}" is not an ISO date`);
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

export function formatNumber(n: number, locale: Locale): string {
  return numberFormat(locale).format(n);
}

/** "Maßnahme 1.3.2" / "Measure 1.3.2": the label readers cite. */
export function entityLabel(kindLabel: string, id: string): string {
  return `${kindLabel} ${id}`;
}

/** Joins with a language-appropriate "and": "A, B und C". */
export function formatList(items: string[], locale: Locale): string {
  return listFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** File sizes for download links: "12 kB" / "1.234 kB", in kilobytes of 1,000 bytes as the SI unit says. */
export function formatBytes(bytes: number, locale: Locale): string {
  return numberFormat(locale, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  }).format(Math.max(1, Math.round(bytes / 1000)));
}
