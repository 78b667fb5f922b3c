import { describe, expect, it } from 'vitest';
import { compareCells, rowMatches, sortRows, type TableRow } from '../../src/lib/views/table-view';

const rows: TableRow[] = [
  { pillar: '1', cells: { id: '1.2.1', title: 'Öffnung der Daten', agencies: 'NIST' } },
  { pillar: '1', cells: { id: '1.10.2', title: 'Abbau von Regeln', agencies: 'OSTP, NSF' } },
  { pillar: '3', cells: { id: '3.6.1', title: 'Prüfung', agencies: 'CAISI, NIST' } },
];

describe('measures table view', () => {
  it('sorts dotted IDs by number, not as text, in both directions', () => {
    expect(compareCells('1.2.1', '1.10.2', 'de')).toBeLessThan(0);
    expect(sortRows(rows, 'id', 'ascending', 'de')).toEqual([0, 1, 2]);
    expect(sortRows(rows, 'id', 'descending', 'de')).toEqual([2, 1, 0]);
  });

  it('sorts text in the page language, umlauts where a German reader expects them', () => {
    expect(sortRows(rows, 'title', 'ascending', 'de')).toEqual([1, 0, 2]);
  });

  it('filters on every word, ignoring case and accents, and on the pillar', () => {
    expect(rows.filter((r) => rowMatches(r, 'nist', '')).length).toBe(2);
    expect(rows.filter((r) => rowMatches(r, 'nist', '3')).length).toBe(1);
    expect(rows.filter((r) => rowMatches(r, 'offnung nist', '')).length).toBe(1);
    expect(rows.filter((r) => rowMatches(r, '', '1')).length).toBe(2);
    expect(rows.filter((r) => rowMatches(r, 'DOE', '')).length).toBe(0);
    expect(
      rowMatches({ pillar: '1', cells: { title: 'Verteidigungsministerium' } }, 'nist', ''),
    ).toBe(false);
    expect(rowMatches({ pillar: '1', cells: { id: '1.3.2' } }, '1.3', '')).toBe(true);
  });
});
