import type { Locale } from '../../i18n/locales';
import { changeAnchor, concerns } from '../views/changes';
import type { Change } from '../content/model';
import { entityPath, idToSlug, pagePath } from '../routes/urls';
import { escapeXml } from '../feeds/xml';
import { eventAnchor, type TrackerEvent } from './model';

/**
 * One measure's own Atom feed (RFC 4287), as eCFR lets readers follow one section: the measure's
 * events and every change-history entry that names it (status changes, corrections). Dates are the
 * entries' own, never the build time, so unchanged content gives identical bytes.
 */
export interface MeasureFeedInput {
  locale: Locale;
  site: URL;
  measureId: string;
  title: string;
  author: string;
  rights: string;
  /** `updated` when there is no entry: the status's checked date. */
  fallbackDate: string;
  events: readonly TrackerEvent[];
  changes: readonly Change[];
  /** Localized title, summary and category of an entry. */
  eventEntry: (event: TrackerEvent) => { title: string; summary: string; category: string };
  changeEntry: (change: Change) => { title: string; summary: string; category: string };
}

/** `/en/measures/1-3-2/events.xml` */
export function measureFeedPath(measureId: string, locale: Locale): string {
  return `/${locale}/measures/${idToSlug(measureId)}/events.xml`;
}

/** Atom needs a full timestamp; a month-precision date counts from the first of its month. */
const timestamp = (date: string) => `${date.length === 7 ? `${date}-01` : date}T00:00:00Z`;

export function measureFeed(input: MeasureFeedInput): string {
  const page = new URL(entityPath('measure', input.measureId, input.locale), input.site).href;
  const changelog = new URL(pagePath('changes', input.locale), input.site).href;
  const self = new URL(measureFeedPath(input.measureId, input.locale), input.site).href;
  const ref = `measure:${input.measureId}`;
  const items = [
    ...input.events.map((e) => ({
      date: e.date,
      href: `${page}#${eventAnchor(e.id)}`,
      term: e.kind,
      ...input.eventEntry(e),
    })),
    ...input.changes
      .filter((c) => concerns(c, ref))
      .map((c) => ({
        date: c.date,
        href: `${changelog}#${changeAnchor(c)}`,
        term: c.kind,
        ...input.changeEntry(c),
      })),
  ].sort((a, b) => b.date.localeCompare(a.date) || a.href.localeCompare(b.href));
  const updated = items[0]?.date ?? input.fallbackDate;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${input.locale}">`,
    `  <id>${escapeXml(self)}</id>`,
    `  <title>${escapeXml(input.title)}</title>`,
    `  <updated>${timestamp(updated > input.fallbackDate ? updated : input.fallbackDate)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
    `  <author><name>${escapeXml(input.author)}</name></author>`,
    `  <rights>${escapeXml(input.rights)}</rights>`,
    ...items.map((item) =>
      [
        '  <entry>',
        `    <id>${escapeXml(item.href)}</id>`,
        `    <title>${escapeXml(item.title)}</title>`,
        `    <published>${timestamp(item.date)}</published>`,
        `    <updated>${timestamp(item.date)}</updated>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(item.href)}"/>`,
        `    <category term="${escapeXml(item.term)}" label="${escapeXml(item.category)}"/>`,
        `    <summary>${escapeXml(item.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}
