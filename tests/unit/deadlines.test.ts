import { describe, expect, it } from 'vitest';
import { dueDateFromSigning } from '../../src/lib/views/deadlines';
import { realModel } from '../helpers/content';

describe('deadlines', () => {
  it('computes the due date from the signing date, counting the signing day as day 0', () => {
    expect(dueDateFromSigning('2025-01-20', 'within 45 days of the order')).toBe('2025-03-06');
    expect(dueDateFromSigning('2025-07-23', 'within 10 days')).toBe('2025-08-02');
    expect(dueDateFromSigning('2025-11-24', 'within 1 year, then annually')).toBe('2026-11-24');
    expect(dueDateFromSigning('2025-07-23', 'within 90 days of the OMB guidance')).toBeUndefined();
  });

  it('every computable deadline in the data equals signing date plus the stated period', () => {
    const model = realModel();
    let computed = 0;
    for (const order of model.orders) {
      for (const d of order.deadlines) {
        const expected = dueDateFromSigning(order.signingDate, d.period);
        if (expected === undefined) continue;
        computed += 1;
        expect(d.dueDate, `EO ${order.id} ${d.key}: "${d.period}"`).toBe(expected);
      }
    }
    expect(computed).toBeGreaterThan(20);
  });

  it('a deadline without a date says why, and every deadline points to a section of its order', () => {
    const model = realModel();
    for (const order of model.orders) {
      const sections = new Set(order.sections.map((s) => s.number));
      for (const d of order.deadlines) {
        expect(d.dueDate !== null || (d.dueNote ?? '').length > 3, `EO ${order.id} ${d.key}`).toBe(
          true,
        );
        expect(sections.has(d.section), `EO ${order.id} ${d.key} → sec. ${d.section}`).toBe(true);
      }
    }
  });
});

describe('deadline timeline', () => {
  it('orders by date, puts undated deadlines last and marks past and upcoming against the checked date', async () => {
    const { timeline } = await import('../../src/lib/views/deadlines');
    const entries = timeline(
      [
        {
          id: '2',
          deadlines: [
            {
              key: 'Sec. 1',
              provision: 'Sec. 1',
              section: '1',
              period: 'within 10 days',
              dueDate: '2026-12-01',
              dueNote: null,
              dueNoteDe: null,
            },
          ],
        },
        {
          id: '1',
          deadlines: [
            {
              key: 'Sec. 3',
              provision: 'Sec. 3',
              section: '3',
              period: 'after X',
              dueDate: null,
              dueNote: 'depends on X',
              dueNoteDe: 'hängt von X ab',
            },
            {
              key: 'Sec. 2',
              provision: 'Sec. 2',
              section: '2',
              period: 'within 5 days',
              dueDate: '2025-01-01',
              dueNote: null,
              dueNoteDe: null,
            },
          ],
        },
      ],
      '2026-11-22',
    );
    expect(entries.map((e) => [e.orderId, e.key, e.status])).toEqual([
      ['1', 'Sec. 2', 'past'],
      ['2', 'Sec. 1', 'upcoming'],
      ['1', 'Sec. 3', 'open'],
    ]);
  });
});
