import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/all-checks';
import { checkTracker } from '../../src/lib/tracker/check';
import type { TrackerFiles } from '../../src/lib/tracker/tree';
import { realTree } from '../helpers/content';

/**
 * The tracker's content rules on a synthetic tracker over the real site content, so the tests do not
 * depend on the research data of the day: every measure "no-evidence", one primary and two secondary
 * events, one deadline status. Each test applies one defect.
 */
type Rec = Record<string, unknown>;
const TODAY = '2026-12-06';
const tree = realTree();
const measureIds = (tree.data.measures!.records as { id: string }[]).map((m) => m.id);
const bi = (en: string, de: string) => ({ en, de });

function event(
  id: string,
  date: string,
  verification: string,
  target: string,
  effect = 'advances',
  sources = 1,
): Rec {
  return {
    id,
    date,
    agencies: ['ostp'],
    agencyNames: [],
    kind: 'announcement',
    title: `Official title of ${id}`,
    officialUrl: verification.startsWith('secondary')
      ? null
      : 'https://www.federalregister.gov/d/2025-18737',
    sources: Array.from({ length: sources }, (_, i) => ({
      publisher: `Publisher ${id} ${i}`,
      url: `https://example.org/${id}/${i}`,
    })),
    verification,
    links: [{ target, effect, basis: bi('Why this link holds.', 'Warum diese Verknüpfung gilt.') }],
    summary: bi('What happened in this step.', 'Was in diesem Schritt geschah.'),
  };
}

function base(): TrackerFiles {
  return {
    events: {
      file: 'content/data/events.json',
      records: [
        event('2025-09-26-primary', '2025-09-26', 'primary-text', 'measure:1.1.1'),
        event(
          '2026-02-01-multi',
          '2026-02-01',
          'secondary-multiple',
          'measure:1.1.2',
          'advances',
          2,
        ),
        event('2026-03-single', '2026-03', 'secondary-single', 'measure:1.1.3'),
      ],
    },
    statuses: {
      file: 'content/data/statuses.json',
      records: measureIds.map((id) => ({
        id,
        status: id === '1.1.1' ? 'in-progress' : id === '1.1.2' ? 'reported' : 'no-evidence',
        checked: TODAY,
        reasoning: bi(
          'What we searched and found for this measure.',
          'Was wir zu dieser Maßnahme suchten und fanden.',
        ),
      })),
    },
    deadlineStatuses: {
      file: 'content/data/deadline-statuses.json',
      records: [
        {
          id: '14365-sec-7',
          order: '14365',
          deadline: 'Sec. 7',
          status: 'met',
          event: '2025-09-26-primary',
          checked: TODAY,
          note: bi('A note on the deadline.', 'Eine Notiz zur Frist.'),
        },
      ],
    },
  };
}

function problemsWith(
  edit: (files: TrackerFiles, recs: (n: keyof TrackerFiles) => Rec[]) => void,
): string[] {
  const files = base();
  edit(files, (n) => files[n]!.records as Rec[]);
  return checkTracker(tree, files, TODAY).map(formatProblem);
}
const status = (recs: (n: keyof TrackerFiles) => Rec[], id: string) =>
  recs('statuses').find((s) => s.id === id)!;

describe('tracker content check', () => {
  it('passes on consistent tracker data', () => {
    expect(problemsWith(() => {})).toEqual([]);
  });

  it('refuses an event without a source', () => {
    const out = problemsWith((_, r) =>
      Object.assign(r('events')[0]!, { officialUrl: null, sources: [] }),
    );
    expect(out.join('\n')).toContain(
      'content/data/events.json: "2025-09-26-primary".officialUrl: the event has no source',
    );
    expect(out.join('\n')).toMatch(/Fix: give the official URL/);
  });

  it('refuses a status without reasoning in both languages or without checked date', () => {
    const out = problemsWith((_, r) => {
      delete (status(r, '1.2.1').reasoning as Rec).de;
      delete status(r, '1.2.2').checked;
    });
    expect(out.some((p) => p.startsWith('content/data/statuses.json: "1.2.1".reasoning.de:'))).toBe(
      true,
    );
    expect(out.some((p) => p.startsWith('content/data/statuses.json: "1.2.2".checked:'))).toBe(
      true,
    );
  });

  it('refuses a verified status whose advancing events are all secondary', () => {
    const out = problemsWith((_, r) => (status(r, '1.1.2').status = 'completed'));
    expect(out.join('\n')).toContain(
      '"1.1.2".status: "completed" is a verified status, but its 1 advancing event(s) are all secondary',
    );
  });

  it('refuses "reported" resting on a single secondary source', () => {
    const out = problemsWith((_, r) => (status(r, '1.1.3').status = 'reported'));
    expect(out.join('\n')).toContain(
      '"1.1.3".status: "reported" rests on a single secondary source',
    );
  });

  it('refuses "contradicted" without a contrary event', () => {
    const out = problemsWith((_, r) => (status(r, '1.1.3').status = 'contradicted'));
    expect(out.join('\n')).toContain(
      '"contradicted" needs an event that works against the measure',
    );
  });

  it('refuses links to an unknown measure, section anchor or order, and an unknown deadline', () => {
    const out = problemsWith((_, r) => {
      (r('events')[0]!.links as Rec[]).push(
        {
          target: 'measure:9.9.9',
          effect: 'related',
          basis: bi('x x x x x x x x', 'x x x x x x x x'),
        },
        {
          target: 'order:14365#sec-99',
          effect: 'related',
          basis: bi('x x x x x x x x', 'x x x x x x x x'),
        },
      );
      r('deadlineStatuses')[0]!.deadline = 'Sec. 99';
    });
    const text = out.join('\n');
    expect(text).toContain(
      '"2025-09-26-primary".links[1].target: "measure:9.9.9": unknown measure ID "9.9.9"',
    );
    expect(text).toContain('"order:14365#sec-99": order "14365" has no anchor "#sec-99"');
    expect(text).toContain(
      'content/data/deadline-statuses.json: "14365-sec-7".deadline: order 14365 has no deadline "Sec. 99"',
    );
  });

  it('refuses an event dated after the checked date or after today', () => {
    const after = problemsWith((_, r) => (status(r, '1.1.1').checked = '2025-09-01'));
    expect(after.join('\n')).toContain(
      '"1.1.1".checked: event 2025-09-26-primary is dated 2025-09-26, after the status was checked (2025-09-01)',
    );
    const future = problemsWith((_, r) => (r('events')[0]!.date = '2027-01-05'));
    expect(future.join('\n')).toContain(
      '"2025-09-26-primary".date: the date 2027-01-05 is in the future',
    );
  });

  it('refuses a measure without status', () => {
    const out = problemsWith(
      (f) => (f.statuses!.records = f.statuses!.records.filter((s) => (s as Rec).id !== '3.4.1')),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('content/data/statuses.json: "3.4.1": measure 3.4.1 has no status');
  });

  it('refuses a missing data file and says how to create it', () => {
    const out = problemsWith((f) => delete f.events);
    expect(out.join('\n')).toContain(
      'content/data/events.json: (file): the tracker data file is missing',
    );
  });
});
