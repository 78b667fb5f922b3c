import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { atomFeed } from '../../src/lib/feeds/atom';
import { changeAnchor, correctionsFor, latestChangeDate } from '../../src/lib/views/changes';
import { refLink } from '../../src/lib/views/change-links';
import { checkContent } from '../../src/lib/content/all-checks';
import type { ContentTree } from '../../src/lib/content/collections';
import type { Change } from '../../src/lib/content/model';
import { realModel, realTree } from '../helpers/content';

const fixture: Change[] = [
  {
    id: 'fix-agency',
    number: 3,
    date: '2027-02-01',
    kind: 'corrected',
    entities: ['measure:1.5.2'],
  },
  { id: 'reword', number: 2, date: '2027-01-10', kind: 'changed', entities: ['measure:1.5.2'] },
  {
    id: 'fix-date',
    number: 4,
    date: '2027-03-01',
    kind: 'corrected',
    entities: ['order:14319#sec-4', 'measure:1.5.20'],
  },
  { id: 'launch', number: 1, date: '2026-11-22', kind: 'added', entities: [] },
];

describe('corrections on a page', () => {
  it('are the changes of kind "corrected" that name the entity, with or without an anchor, newest first', () => {
    expect(correctionsFor(fixture, 'measure:1.5.2').map((c) => c.id)).toEqual(['fix-agency']);
    expect(correctionsFor(fixture, 'order:14319').map((c) => c.id)).toEqual(['fix-date']);
    expect(correctionsFor(fixture, 'measure:1.5.20').map((c) => c.id)).toEqual(['fix-date']);
    expect(correctionsFor(fixture, 'measure:1.5')).toEqual([]);
  });

  it('on the real site each name at least one entity and show on its page', () => {
    const model = realModel();
    const corrected = model.changes.filter((c) => c.kind === 'corrected');
    expect(corrected.every((c) => c.entities.length > 0)).toBe(true);
    expect(correctionsFor(model.changes, 'order:14409').map((c) => c.id)).toContain(
      'fix-eo-14409-framework',
    );
    expect(model.changes.map((c) => c.number)).toEqual(
      [...model.changes.map((c) => c.number)].sort((a, b) => b - a),
    );
  });
});

describe('change links', () => {
  it('point to entity pages and static pages in the reader’s language', () => {
    expect(refLink('measure:1.5.2', 'de')).toEqual({
      href: '/de/measures/1-5-2/',
      kind: 'measure',
      id: '1.5.2',
    });
    expect(refLink('order:14319#sec-4', 'en').href).toBe('/en/orders/14319/#sec-4');
    expect(refLink('page:data', 'en')).toEqual({ href: '/en/data/', kind: 'page', id: 'data' });
    expect(() => refLink('planet:mars', 'en')).toThrow(/changes\.json/);
  });
});

describe('Atom feed', () => {
  const site = new URL('https://atlas.example/');
  const xml = atomFeed({
    locale: 'en',
    site,
    title: 'Change history & more',
    subtitle: 'What changed',
    author: 'AI Action Plan Atlas',
    rights: 'CC BY 4.0',
    fallbackDate: '2026-11-22',
    changes: fixture,
    entry: (c) => ({ title: `Title <${c.id}>`, summary: `Summary of ${c.id}`, category: c.kind }),
  });
  const feed = parseFeed(xml);

  it('parses, escapes text and orders entries newest first', () => {
    expect(feed.title).toBe('Change history & more');
    expect(feed.items.map((i) => i.title)).toEqual([
      'Title <fix-date>',
      'Title <fix-agency>',
      'Title <reword>',
      'Title <launch>',
    ]);
  });

  it('dates the feed by its newest change and gives entries stable IDs on the changelog page', () => {
    expect(feed.updated?.toISOString()).toBe('2027-03-01T00:00:00.000Z');
    expect(feed.items[0]!.id).toBe(
      `https://atlas.example/en/changes/#${changeAnchor(fixture[2]!)}`,
    );
    expect(feed.self).toBe('https://atlas.example/en/changes.xml');
  });

  it('falls back to the given date when there are no changes', () => {
    expect(latestChangeDate([], '2026-11-22')).toBe('2026-11-22');
    expect(latestChangeDate(fixture, '2000-01-01')).toBe('2027-03-01');
  });
});

describe('content check of the change history', () => {
  const withChanges = (records: unknown[]): ContentTree => {
    const tree = structuredClone(realTree());
    tree.data.changes!.records = records;
    tree.texts = tree.texts.filter((t) => t.collection !== 'changes');
    for (const r of records as { id: string }[])
      for (const locale of ['de', 'en'])
        tree.texts.push({
          file: `content/text/${locale}/changes/${r.id}.md`,
          locale,
          collection: 'changes',
          id: r.id,
        });
    return tree;
  };

  it('refuses an entity that does not exist', () => {
    const problems = checkContent(withChanges([{ ...fixture[0], entities: ['measure:9.9.9'] }]));
    expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([
      'content/data/changes.json: "fix-agency".entities: "measure:9.9.9": unknown measure ID "9.9.9"',
    ]);
  });

  it('refuses numbers that contradict the dates or repeat', () => {
    const messages = checkContent(
      withChanges([
        fixture[3],
        { ...fixture[1], date: '2026-01-01' },
        { ...fixture[0], number: 1 },
      ]),
    ).map((p) => p.message);
    expect(messages).toEqual([
      'number 1 is also used by "launch"',
      'change 2 is dated 2026-01-01, before change 1 (2027-02-01)',
    ]);
  });

  it('requires the text of a change in both languages', () => {
    const tree = withChanges([fixture[3]]);
    tree.texts = tree.texts.filter((t) => t.file !== 'content/text/de/changes/launch.md');
    expect(checkContent(tree).map((p) => p.file)).toEqual(['content/text/de/changes/launch.md']);
  });
});
