import { describe, expect, it } from 'vitest';
import { compareDottedIds } from '../../src/lib/content/ids';
import { queries } from '../../src/lib/content/model';
import { keyDates } from '../../src/lib/views/key-dates';
import { realModel } from '../helpers/content';

describe('site model', () => {
  const model = realModel();
  const q = queries(model);

  it('holds the plan as the reference counts it: 3 pillars, 30 sections, 103 bullets, 102 distinct', () => {
    expect(model.pillars).toHaveLength(3);
    expect(model.sections).toHaveLength(30);
    expect(model.measures).toHaveLength(103);
    expect(new Set(model.measures.map((m) => m.originalText)).size).toBe(102);
    expect(model.pillars.map((p) => q.measuresOfPillar(p.id).length)).toEqual([58, 29, 16]);
    expect(model.pillars.map((p) => q.sectionsOf(p.id).length)).toEqual([15, 8, 7]);
  });

  it('orders IDs by number, not by string', () => {
    expect(compareDottedIds('1.2', '1.10')).toBeLessThan(0);
    expect(compareDottedIds('1.10.1', '1.9.1')).toBeGreaterThan(0);
    const ids = q.sectionsOf('1').map((s) => s.id);
    expect(ids.indexOf('1.2')).toBeLessThan(ids.indexOf('1.10'));
  });

  it('links the duplicated bullet in both directions', () => {
    expect(q.duplicatePartner('3.7.3')?.id).toBe('3.6.4');
    expect(q.duplicatePartner('3.6.4')?.id).toBe('3.7.3');
    expect(q.duplicatePartner('1.1.1')).toBeUndefined();
  });

  it('derives agency roles from the measures', () => {
    const ostp = q.agencyRoles('ostp');
    expect(ostp.assigned.map((m) => m.id)).toContain('1.1.1');
    const caisi = q.agencyRoles('caisi');
    expect(caisi.assigned.every((m) => m.agencies.includes('caisi'))).toBe(true);
    expect(caisi.involved.length).toBeGreaterThan(0);
  });

  it('gives every measure two to five related measures, none of them itself', () => {
    for (const m of model.measures) {
      expect(m.related.length, m.id).toBeGreaterThanOrEqual(2);
      expect(m.related.length, m.id).toBeLessThanOrEqual(5);
      expect(m.related, m.id).not.toContain(m.id);
      expect(m.instruments.length, m.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives every entry a checked date', () => {
    for (const m of model.measures) expect(m.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lists key dates in calendar order, starting with EO 14110', () => {
    const dates = keyDates(model);
    expect(dates[0]).toMatchObject({ kind: 'prior', id: 'eo-14110', date: '2023-10-30' });
    expect(dates.map((d) => d.date)).toEqual([...dates.map((d) => d.date)].sort());
    expect(dates.find((d) => d.kind === 'plan')?.date).toBe('2025-07-23');
  });
});
