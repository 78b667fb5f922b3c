import { useTranslations } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { formatDate } from '../views/format';
import { formatEventDate } from './format';
import { latestEventDate, trackerChecked, type TrackerModel } from './model';

/**
 * The honest "as of" wording: the month the newest recorded step falls in, so no page implies
 * knowledge of later days, and (with `withDate`) the date the evidence was checked. Empty while
 * nothing is recorded.
 * @example asOfText(tracker, 'en', true) // => 'Evidence as of December 6, 2026. The newest step recorded dates from July 2026. …'
 */
export function asOfText(tracker: TrackerModel, locale: Locale, withDate = false): string {
  const t = useTranslations(locale);
  const checked = trackerChecked(tracker);
  const latest = latestEventDate(tracker);
  const until = latest
    ? t('tracker.sourcesUntil', { until: formatEventDate(latest.slice(0, 7), locale) })
    : '';
  return [
    withDate && checked ? t('tracker.asOf', { date: formatDate(checked, locale) }) : '',
    until,
  ]
    .filter(Boolean)
    .join(' ');
}
