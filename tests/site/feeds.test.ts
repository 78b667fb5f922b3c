import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { builtPages, DIST, requireDist, ORIGIN } from '../helpers/dist';
import { readText, realModel } from '../helpers/content';

requireDist();
const model = realModel();

describe.each(['de', 'en'])('the %s change history', (locale) => {
  const xml = readFileSync(join(DIST, locale, 'changes.xml'), 'utf8');
  const feed = parseFeed(xml);
  const page = builtPages().find((p) => p.path === `/${locale}/changes/`)!;

  it('is an Atom feed that a maintained parser reads, with its links and title', () => {
    expect(feed.meta.type).toBe('atom');
    expect(feed.language).toBe(locale);
    expect(feed.title).toMatch(locale === 'de' ? /Änderungsprotokoll/ : /Change history/);
    expect(feed.self).toBe(`${ORIGIN}/${locale}/changes.xml`);
    expect(feed.url).toBe(`${ORIGIN}/${locale}/changes/`);
  });

  it('has one entry per change, newest first, dated by the change and not by the build', () => {
    const newest = [...model.changes].sort((a, b) => b.date.localeCompare(a.date))[0]!;
    expect(feed.updated?.toISOString()).toBe(`${newest.date}T00:00:00.000Z`);
    expect(feed.items).toHaveLength(model.changes.length);
    feed.items.forEach((item, i) => {
      const change = model.changes[i]!;
      const text = readText(`content/text/${locale}/changes/${change.id}.md`).data;
      expect(item.title).toBe(text.title);
      expect(item.id).toBe(`${ORIGIN}/${locale}/changes/#change-${change.id}`);
      expect(item.url).toBe(item.id);
      expect(item.updated?.toISOString().slice(0, 10)).toBe(change.date);
      expect(item.categories.map((c) => c.term)).toEqual([change.kind]);
    });
  });

  it('every entry links to an entry on the changelog page, which lists them in the same order', () => {
    const ids = [...page.document.querySelectorAll('ol.change-list > li')].map((li) =>
      li.getAttribute('id'),
    );
    expect(ids).toEqual(feed.items.map((i) => i.url!.split('#')[1]));
  });

  it('every page announces the feed of its language', () => {
    for (const p of builtPages().filter((x) => x.path.startsWith(`/${locale}/`)))
      expect(
        p.document
          .querySelector('link[rel="alternate"][type="application/atom+xml"]')
          ?.getAttribute('href'),
        p.path,
      ).toBe(`/${locale}/changes.xml`);
  });
});
