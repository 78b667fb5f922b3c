import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parseFeed } from '@rowanmanning/feed-parser';
import { builtPages, DIST } from '../helpers/dist';
import { expectedCells, readCsv } from '../helpers/csv';
import { readJson } from '../helpers/content';

/**
 * The implementation tracker on the built site (issue 12). The expected numbers are computed here,
 * independently of src/lib/tracker, from the JSON files in content/data.
 */
interface Measure {
  id: string;
  pillar: string;
}
interface Status {
  id: string;
  status: string;
  checked: string;
}
interface Event {
  id: string;
  links: { target: string }[];
}
const STATUSES = ['completed', 'in-progress', 'reported', 'no-evidence', 'contradicted'];
const measures = readJson<Measure[]>('content/data/measures.json');
const statuses = new Map(readJson<Status[]>('content/data/statuses.json').map((s) => [s.id, s]));
const events = readJson<Event[]>('content/data/events.json');
const pages = new Map(builtPages().map((p) => [p.path, p.document]));
const slug = (id: string) => id.replaceAll('.', '-');
const page = (path: string) => {
  const doc = pages.get(path);
  if (!doc) throw new Error(`${path} was not built`);
  return doc;
};

describe.each(['de', 'en'])('tracker pages (%s)', (locale) => {
  it('every measure page shows its status and checked date', () => {
    for (const m of measures) {
      const doc = page(`/${locale}/measures/${slug(m.id)}/`);
      const section = doc.querySelector('section[aria-labelledby="status"]');
      expect(section, `${m.id}: no status section`).not.toBeNull();
      const status = statuses.get(m.id);
      expect(section!.querySelector('.status-badge')?.getAttribute('data-status'), m.id).toBe(
        status?.status ?? '',
      );
      if (status)
        expect(section!.querySelector('[data-checked]')?.getAttribute('data-checked'), m.id).toBe(
          status.checked,
        );
    }
  });

  it('every measure page lists each event linked to it, with its anchor', () => {
    for (const e of events)
      for (const l of e.links.filter((x) => x.target.startsWith('measure:'))) {
        const doc = page(`/${locale}/measures/${slug(l.target.slice('measure:'.length))}/`);
        expect(
          doc.getElementById(`event-${e.id}`),
          `${l.target} lacks #event-${e.id}`,
        ).not.toBeNull();
      }
  });

  it('the overview counts equal the data, and the chart equals the table', () => {
    const doc = page(`/${locale}/status/`);
    const pillars = [...new Set(measures.map((m) => m.pillar))].sort();
    const expected = pillars.map((p) =>
      STATUSES.map(
        (s) => measures.filter((m) => m.pillar === p && statuses.get(m.id)?.status === s).length,
      ),
    );
    const tableRows = [...doc.querySelectorAll('table[data-status-counts] tbody tr')];
    expect(tableRows).toHaveLength(pillars.length + 1);
    const table = tableRows.map((tr) =>
      STATUSES.map((s) =>
        Number(tr.querySelector(`td[data-status="${s}"]`)?.getAttribute('data-count')),
      ),
    );
    expect(table.slice(0, -1)).toEqual(expected);
    expect(table.at(-1)).toEqual(
      STATUSES.map((_, i) => expected.reduce((n, row) => n + row[i]!, 0)),
    );
    const chart = [...doc.querySelectorAll('svg[data-status-chart] g[data-row]')].map((g) =>
      STATUSES.map((s) =>
        Number(g.querySelector(`rect[data-status="${s}"]`)?.getAttribute('data-count') ?? 0),
      ),
    );
    expect(chart).toEqual(table.slice(0, -1));
    const listed = [...doc.querySelectorAll('table[data-status-table] tbody tr')].map((tr) => [
      tr.getAttribute('data-measure'),
      tr.getAttribute('data-status'),
    ]);
    expect(listed).toEqual(measures.map((m) => [m.id, statuses.get(m.id)?.status ?? '']));
  });

  it('the chart is a static, named image', () => {
    const svg = page(`/${locale}/status/`).querySelector('svg[data-status-chart]')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')?.textContent?.trim()).not.toBe('');
    expect(svg.querySelector('desc')?.textContent?.trim()).not.toBe('');
    expect(svg.querySelector('script')).toBeNull();
  });

  it('the timeline lists every event, and every event link resolves', () => {
    const doc = page(`/${locale}/status/`);
    for (const e of events) expect(doc.getElementById(`event-${e.id}`), e.id).not.toBeNull();
    const trackerLinks = [...pages.entries()]
      .filter(([path]) => path.startsWith(`/${locale}/`))
      .flatMap(([path, d]) =>
        [...d.querySelectorAll('a[href*="#event-"]')].map(
          (a) => new URL(a.getAttribute('href')!, `http://site${path}`),
        ),
      );
    for (const url of trackerLinks) {
      const target = pages.get(url.pathname);
      expect(target, `${url.pathname} not built`).toBeDefined();
      expect(
        target!.getElementById(decodeURIComponent(url.hash.slice(1))),
        `${url.pathname}${url.hash}`,
      ).not.toBeNull();
    }
  });

  it('the front page shows the headline numbers', () => {
    const counts = Object.fromEntries(
      [...page(`/${locale}/`).querySelectorAll('[data-headline] [data-status]')].map(
        (li): [string, number] => [
          li.getAttribute('data-status') ?? '',
          Number(li.getAttribute('data-count')),
        ],
      ),
    );
    expect(counts).toEqual(
      Object.fromEntries(
        STATUSES.map((s) => [
          s,
          [...statuses.values()].filter(
            (x) => x.status === s && measures.some((m) => m.id === x.id),
          ).length,
        ]),
      ),
    );
  });
});

describe('tracker open data and feeds', () => {
  const dist = (path: string) => readFileSync(join(DIST, path), 'utf8');
  const files: [string, number][] = [
    ['events', events.length],
    ['statuses', statuses.size],
    ['deadline-statuses', readJson<unknown[]>('content/data/deadline-statuses.json').length],
  ];

  it.each(files)(
    '%s.json validates against its schema and holds every record; the CSV (csv-parse) has a row each with the same cells',
    (name, count) => {
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats(ajv);
      const validate = ajv.compile(JSON.parse(dist(`data/schema/${name}.schema.json`)) as object);
      const file = JSON.parse(dist(`data/${name}.json`)) as {
        count: number;
        records: Record<string, unknown>[];
      };
      expect(validate(file), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(file.count).toBe(count);
      const { header, rows } = readCsv(dist(`data/${name}.csv`));
      expect(rows).toHaveLength(count);
      file.records.forEach((record, i) => {
        const cells = expectedCells(record);
        expect(header).toEqual([...cells.keys()]);
        for (const [column, value] of cells)
          if (value !== undefined) expect(rows[i]![column], `${name} ${i} ${column}`).toBe(value);
      });
    },
  );

  it.each(['de', 'en'])(
    'every measure has its own Atom feed in %s with an entry per linked event',
    (locale) => {
      for (const m of measures) {
        const xml = dist(`${locale}/measures/${slug(m.id)}/events.xml`);
        const feed = parseFeed(xml);
        const linked = events.filter((e) => e.links.some((l) => l.target === `measure:${m.id}`));
        expect(feed.items.filter((i) => i.id?.includes('#event-')).length, m.id).toBe(
          linked.length,
        );
      }
    },
  );
});
