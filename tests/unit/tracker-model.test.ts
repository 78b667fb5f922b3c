import { describe, expect, it } from 'vitest';
import {
  buildTracker,
  countsByPillar,
  eventAnchor,
  trackerQueries,
} from '../../src/lib/tracker/model';
import { formatEventDate } from '../../src/lib/tracker/format';
import { measureFeed } from '../../src/lib/tracker/measure-feed';

const bi = { en: 'Basis of the link.', de: 'Grund der Verknüpfung.' };
const event = (id: string, date: string, links: { target: string; effect: string }[]) => ({
  id,
  date,
  agencies: [{ collection: 'agencies', id: 'ostp' }],
  agencyNames: [],
  kind: 'announcement',
  title: `Title ${id}`,
  officialUrl: null,
  sources: [{ publisher: 'P', url: 'https://example.org/' }],
  verification: 'secondary-single',
  links: links.map((l) => ({ ...l, basis: bi })),
  summary: { en: `Summary of ${id}.`, de: `Zusammenfassung von ${id}.` },
});
const tracker = buildTracker({
  events: [
    event('2026-03-two-links', '2026-03', [
      { target: 'measure:1.1.1', effect: 'related' },
      { target: 'measure:1.1.1', effect: 'advances' },
    ]),
    event('2025-09-26-first', '2025-09-26', [{ target: 'measure:1.1.1', effect: 'advances' }]),
    event('2026-03-05-other', '2026-03-05', [{ target: 'measure:2.1.1', effect: 'works-against' }]),
  ],
  statuses: [
    { id: '2.1.1', status: 'contradicted', checked: '2026-12-06', reasoning: bi },
    { id: '1.1.1', status: 'in-progress', checked: '2026-12-06', reasoning: bi },
  ],
  deadlineStatuses: [],
});
const q = trackerQueries(tracker);

describe('tracker model', () => {
  it('sorts events newest first (a month before the days of that month) and statuses in plan order', () => {
    expect(tracker.events.map((e) => e.id)).toEqual([
      '2026-03-05-other',
      '2026-03-two-links',
      '2025-09-26-first',
    ]);
    expect(tracker.statuses.map((s) => s.id)).toEqual(['1.1.1', '2.1.1']);
    expect(tracker.events[0]!.agencies).toEqual(['ostp']);
  });

  it('lists each event of a measure once, oldest first, with all its links to the measure', () => {
    const list = q.eventsOfMeasure('1.1.1');
    expect(list.map((x) => x.event.id)).toEqual(['2025-09-26-first', '2026-03-two-links']);
    expect(list[1]!.links.map((l) => l.effect)).toEqual(['related', 'advances']);
    expect(q.measuresOfEvent(tracker.events[1]!)).toEqual([{ id: '1.1.1', effect: 'advances' }]);
  });

  it('counts statuses per pillar', () => {
    const counts = countsByPillar(
      [
        { id: '1.1.1', pillar: '1' },
        { id: '1.1.2', pillar: '1' },
        { id: '2.1.1', pillar: '2' },
      ],
      ['1', '2'],
      q.statusOf,
    );
    expect(counts[0]!.counts['in-progress']).toBe(1);
    expect(counts[0]!.counts['no-evidence']).toBe(0);
    expect(counts[1]!.counts.contradicted).toBe(1);
  });

  it('shows a date at its precision', () => {
    expect(formatEventDate('2026-07', 'de')).toBe('Juli 2026');
    expect(formatEventDate('2026-07', 'en')).toBe('July 2026');
    expect(formatEventDate('2026-07-01', 'en')).toBe('July 1, 2026');
    expect(eventAnchor('2026-07-01-x')).toBe('event-2026-07-01-x');
  });

  it('writes a measure feed with its events and the changes that name it', () => {
    const xml = measureFeed({
      locale: 'en',
      site: new URL('https://atlas.example/'),
      measureId: '1.1.1',
      title: 'Measure 1.1.1',
      author: 'Atlas',
      rights: 'CC BY 4.0',
      fallbackDate: '2026-12-06',
      events: q.eventsOfMeasure('1.1.1').map((x) => x.event),
      changes: [
        {
          id: 'fix',
          number: 9,
          date: '2026-12-01',
          kind: 'corrected',
          entities: ['measure:1.1.1#status'],
        },
        {
          id: 'other',
          number: 8,
          date: '2026-11-01',
          kind: 'changed',
          entities: ['measure:1.1.2'],
        },
      ],
      eventEntry: (e) => ({ title: e.title, summary: e.summary.en, category: e.kind }),
      changeEntry: (c) => ({ title: c.id, summary: `Change ${c.id}`, category: c.kind }),
    });
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain('<id>https://atlas.example/en/changes/#change-fix</id>');
    expect(xml).not.toContain('change-other');
    expect(xml).toContain('<published>2026-03-01T00:00:00Z</published>');
    expect(xml).toContain('<updated>2026-12-06T00:00:00Z</updated>');
  });
});
