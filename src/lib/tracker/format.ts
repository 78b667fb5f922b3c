import type { Locale } from '../../i18n/locales';
import { formatDate } from '../views/format';
import { dateTimeFormat } from '../views/intl';

/**
 * An event date at its precision: a day as a full date, a month as month and year.
 * @example formatEventDate('2026-07', 'de') // => 'Juli 2026'
 * @example formatEventDate('2026-07-01', 'en') // => 'July 1, 2026'
 */
export function formatEventDate(date: string, locale: Locale): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatDate(date, locale);
  if (!/^\d{4}-\d{2}$/.test(date))
    throw new Error(`formatEventDate: "${date}" is neither YYYY-MM-DD nor YYYY-MM`);
  return dateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}-01T00:00:00Z`));
}

/** The `datetime` attribute of `<time>`: valid HTML for a day and for a month alike. */
export function eventDateTime(date: string): string {
  return date;
}
