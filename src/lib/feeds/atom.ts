import type { Locale } from '../../i18n/locales';
import { changeAnchor, latestChangeDate } from '../views/changes';
import type { Change } from '../content/model';
import { changesFeedPath, pagePath } from '../routes/urls';
import { escapeXml } from './xml';

/**
 * The change history as an Atom feed (RFC 4287), one per language. Every date is a change's own
 * date, never the build time, so an unchanged site yields a byte-identical feed. Entry IDs are the
 * changelog URL with the entry's anchor: permanent because the anchor derives from the change's ID.
 */
export interface FeedInput {
  locale: Locale;
  site: URL;
  title: string;
  subtitle: string;
  author: string;
  rights: string;
  /** Used for `updated` when there are no changes yet. */
  fallbackDate: string;
  changes: readonly Change[];
  entry: (change: Change) => { title: string; summary: string; category: string };
}

const timestamp = (date: string) => `${date}T00:00:00Z`;

export function atomFeed(input: FeedInput): string {
  const page = new URL(pagePath('changes', input.locale), input.site).href;
  const self = new URL(changesFeedPath(input.locale), input.site).href;
  const entries = [...input.changes]
    .sort((a, b) => b.number - a.number)
    .map((change) => {
      const e = input.entry(change);
      const href = `${page}#${changeAnchor(change)}`;
      return [
        '  <entry>',
        `    <id>${escapeXml(href)}</id>`,
        `    <title>${escapeXml(e.title)}</title>`,
        `    <published>${timestamp(change.date)}</published>`,
        `    <updated>${timestamp(change.date)}</updated>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(href)}"/>`,
        `    <category term="${change.kind}" label="${escapeXml(e.category)}"/>`,
        `    <summary>${escapeXml(e.summary)}</summary>`,
        '  </entry>',
      ].join('\n');
    });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${input.locale}">`,
    `  <id>${escapeXml(page)}</id>`,
    `  <title>${escapeXml(input.title)}</title>`,
    `  <subtitle>${escapeXml(input.subtitle)}</subtitle>`,
    `  <updated>${timestamp(latestChangeDate(input.changes, input.fallbackDate))}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
    `  <author><name>${escapeXml(input.author)}</name></author>`,
    `  <rights>${escapeXml(input.rights)}</rights>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
