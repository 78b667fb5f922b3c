import { describe, expect, it } from 'vitest';
import { matrixGeometry, stackedBarsGeometry, timelineGeometry } from '../../src/lib/views/charts';

const opts = {
  width: 412,
  labelWidth: 100,
  laneHeight: 20,
  axisHeight: 30,
  checked: '2026-02-15',
  minGap: 6,
};

describe('timelineGeometry', () => {
  it('spans month starts around every date and the checked date, with quarter ticks beyond a year', () => {
    const g = timelineGeometry(
      [
        { id: 'a', label: 'EO A', points: [{ id: 'a1', date: '2025-03-10', status: 'past' }] },
        { id: 'b', label: 'EO B', points: [{ id: 'b1', date: '2026-05-20', status: 'upcoming' }] },
      ],
      opts,
    );
    expect(g.from).toBe('2025-03-01');
    expect(g.to).toBe('2026-06-01');
    // Plot from x 100 to 400 over 457 days (2025-03-01 … 2026-06-01).
    expect(g.plot).toEqual({ x0: 100, x1: 400, y0: 8, y1: 48 });
    expect(g.height).toBe(78);
    expect(g.ticks.map((t) => t.date)).toEqual([
      '2025-04-01',
      '2025-07-01',
      '2025-10-01',
      '2026-01-01',
      '2026-04-01',
    ]);
    // 2025-04-01 is day 31 of 457: 100 + 31/457·300 = 120.35…
    expect(g.ticks[0]!.x).toBe(120.4);
    // 2026-02-15 is day 351: 100 + 351/457·300 = 330.41…
    expect(g.checkedX).toBe(330.4);
    expect(g.lanes.map((l) => l.y)).toEqual([18, 38]);
    expect(g.lanes[0]!.points[0]).toMatchObject({ id: 'a1', y: 18, x: 105.9 });
    // 2026-05-20 is day 445: 100 + 445/457·300 = 392.12…
    expect(g.lanes[1]!.points[0]!.x).toBe(392.1);
  });

  it('ticks every month on an axis shorter than a year', () => {
    const g = timelineGeometry(
      [{ id: 'a', label: 'EO A', points: [{ id: 'a1', date: '2026-03-31', status: 'upcoming' }] }],
      opts,
    );
    expect(g.from).toBe('2026-02-01');
    expect(g.to).toBe('2026-04-01');
    expect(g.ticks.map((t) => t.date)).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
    expect(g.ticks.map((t) => t.x)).toEqual([100, 242.4, 400]);
  });

  it('moves points of one date apart: middle, above, below', () => {
    const p = (id: string) => ({ id, date: '2026-01-10', status: 'past' as const });
    const g = timelineGeometry(
      [{ id: 'a', label: 'EO A', points: [p('c'), p('a'), p('b')] }],
      opts,
    );
    expect(g.lanes[0]!.points.map((q) => [q.id, q.y])).toEqual([
      ['a', 18],
      ['b', 11],
      ['c', 25],
    ]);
  });
});

describe('matrixGeometry', () => {
  const o = { labelWidth: 200, columnWidth: 50, rowHeight: 20, headerHeight: 40 };
  it('puts each row in its column and counts the columns', () => {
    const g = matrixGeometry(
      [
        { id: 't1', label: 'One', column: 'new' },
        { id: 't2', label: 'Two', column: 'continued' },
        { id: 't3', label: 'Three', column: 'new' },
      ],
      ['continued', 'reversed', 'new'] as const,
      o,
    );
    expect(g.width).toBe(350);
    expect(g.height).toBe(100);
    expect(g.columns).toEqual([
      { id: 'continued', x: 225, count: 1 },
      { id: 'reversed', x: 275, count: 0 },
      { id: 'new', x: 325, count: 2 },
    ]);
    expect(g.rows.map((r) => [r.id, r.x, r.y])).toEqual([
      ['t1', 325, 50],
      ['t2', 225, 70],
      ['t3', 325, 90],
    ]);
  });
  it('refuses a row whose column is unknown', () => {
    expect(() => matrixGeometry([{ id: 't', label: 'T', column: 'odd' }], ['new'], o)).toThrow(
      /"t" has column "odd"/,
    );
  });
});

describe('deadlineLanes', () => {
  it('groups dated deadlines by order and counts the undated', async () => {
    const { deadlineLanes, timeline } = await import('../../src/lib/views/deadlines');
    const d = (key: string, dueDate: string | null) => ({
      key,
      provision: key,
      section: '1',
      period: 'p',
      dueDate,
      dueNote: null,
      dueNoteDe: null,
    });
    const entries = timeline(
      [
        { id: '2', deadlines: [d('Sec. 1', '2026-01-01'), d('Sec. 2', null)] },
        { id: '1', deadlines: [d('Sec. 3', '2026-03-01')] },
      ],
      '2026-02-01',
    );
    const { lanes, undated } = deadlineLanes(entries, (id) => `EO ${id}`);
    expect(undated).toBe(1);
    expect(lanes).toEqual([
      { id: '2', label: 'EO 2', points: [{ id: '2:Sec. 1', date: '2026-01-01', status: 'past' }] },
      {
        id: '1',
        label: 'EO 1',
        points: [{ id: '1:Sec. 3', date: '2026-03-01', status: 'upcoming' }],
      },
    ]);
  });
});

describe('deadlinesAround', () => {
  it('takes the 90 days either side of the checked date, not the build date', async () => {
    const { deadlinesAround, timeline, addDays } = await import('../../src/lib/views/deadlines');
    expect(addDays('2026-11-22', 90)).toBe('2027-02-20');
    expect(addDays('2026-11-22', -90)).toBe('2026-08-24');
    const d = (key: string, dueDate: string | null) => ({
      key,
      provision: key,
      section: '1',
      period: 'p',
      dueDate,
      dueNote: null,
      dueNoteDe: null,
    });
    const entries = timeline(
      [
        {
          id: '1',
          deadlines: [
            d('a', '2026-08-23'),
            d('b', '2026-08-24'),
            d('c', '2026-11-21'),
            d('d', '2026-11-22'),
            d('e', '2027-02-20'),
            d('f', '2027-02-21'),
            d('g', null),
            d('h', '2026-12-01'),
          ],
        },
      ],
      '2026-11-22',
    );
    const { due, passed } = deadlinesAround(entries, '2026-11-22');
    expect(due.map((e) => e.key)).toEqual(['d', 'h', 'e']);
    expect(passed.map((e) => e.key)).toEqual(['c', 'b']);
  });
});

describe('stackedBarsGeometry', () => {
  const o = {
    labelWidth: 90,
    barWidth: 260,
    totalWidth: 50,
    rowHeight: 40,
    barHeight: 28,
    padding: 10,
  };
  const keys = ['done', 'open', 'none'] as const;

  it('draws every bar on the scale of the longest, segments in the order of the keys, zeros left out', () => {
    const g = stackedBarsGeometry(
      [
        { label: 'Pillar I', counts: { done: 1, open: 0, none: 3 } },
        { label: 'Pillar II', counts: { done: 2, open: 3, none: 3 } },
      ],
      keys,
      o,
    );
    expect(g.width).toBe(400);
    expect(g.height).toBe(100);
    expect(g.rows.map((r) => [r.label, r.total, r.y, r.textY])).toEqual([
      ['Pillar I', 4, 10, 30],
      ['Pillar II', 8, 50, 70],
    ]);
    // The longest bar (8) is 260 long: one measure is 32.5.
    expect(g.rows[0]!.segments).toEqual([
      { key: 'done', count: 1, x: 90, width: 32.5 },
      { key: 'none', count: 3, x: 122.5, width: 97.5 },
    ]);
    expect(g.rows[1]!.segments.map((s) => [s.key, s.x, s.width])).toEqual([
      ['done', 90, 65],
      ['open', 155, 97.5],
      ['none', 252.5, 97.5],
    ]);
    // The total is written 6 units after the bar's end.
    expect(g.rows.map((r) => r.totalX)).toEqual([226, 356]);
  });

  it('ends every bar at the same point when the totals are equal, and draws nothing for an empty row', () => {
    const g = stackedBarsGeometry(
      [
        { label: 'a', counts: { done: 1, open: 1, none: 1 } },
        { label: 'b', counts: { done: 0, open: 0, none: 3 } },
        { label: 'c', counts: { done: 0, open: 0, none: 0 } },
      ],
      keys,
      o,
    );
    const end = (r: (typeof g.rows)[number]) =>
      r.segments.reduce((x, s) => Math.max(x, s.x + s.width), o.labelWidth);
    expect(end(g.rows[0]!)).toBeCloseTo(350, 1);
    expect(end(g.rows[1]!)).toBe(350);
    expect(g.rows[2]!.segments).toEqual([]);
    expect(g.rows[2]!.totalX).toBe(96);
  });
});
