import type { Locale } from '../../i18n/locales';

const INTL_LOCALE: Record<Locale, string> = { de: 'de-DE', en: 'en-US' };

/** "23. Juli 2025" / "July 23, 2025". Dates are calendar dates, so they are formatted in UTC to avoid shifting a day. */
export function formatDate(iso: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`formatDate: "${iso}" is not an ISO date`);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(n);
}

/** "Maßnahme 1.3.2" / "Measure 1.3.2": the label readers cite. */
export function entityLabel(kindLabel: string, id: string): string {
  return `${kindLabel} ${id}`;
}

/** Joins with a language-appropriate "and": "A, B und C". */
export function formatList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' }).format(
    items,
  );
}

/** File sizes for download links: "12 kB" / "1.234 kB", in kilobytes of 1,000 bytes as the SI unit says. */
export function formatBytes(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  }).format(Math.max(1, Math.round(bytes / 1000)));
}
