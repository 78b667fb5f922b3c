import { compareDottedIds } from '../content/ids';

/**
 * Sorting and filtering for the measures table, on plain row records so the rules are testable
 * without a DOM. The page's script reads the records from the static table and only shows, hides and
 * reorders its rows.
 */
export interface TableRow {
  /** Text of each cell, by column key. */
  cells: Record<string, string>;
  /** Pillar ID, for the pillar filter. */
  pillar: string;
}

export type SortDirection = 'ascending' | 'descending';

/** Dotted IDs compare by their numbers (1.2 before 1.10), everything else as text in the page's language. */
export function compareCells(a: string, b: string, locale: string): number {
  const dotted = /^\d+(\.\d+)*$/;
  if (dotted.test(a) && dotted.test(b)) return compareDottedIds(a, b);
  return a.localeCompare(b, locale, { sensitivity: 'base', numeric: true });
}

/** Row indices in the requested order; equal rows keep their plan order. */
export function sortRows(
  rows: TableRow[],
  column: string,
  direction: SortDirection,
  locale: string,
): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((_, i) => i)
    .sort(
      (i, j) =>
        sign * compareCells(rows[i]!.cells[column] ?? '', rows[j]!.cells[column] ?? '', locale) ||
        i - j,
    );
}

/**
 * Whether a row passes the filter: every word of the query begins a word in some cell (case- and
 * accent-insensitive), and the row belongs to the chosen pillar, if any. Matching at word starts
 * keeps "NIST" from finding "Verteidigungsministerium".
 */
export function rowMatches(row: TableRow, query: string, pillar: string): boolean {
  if (pillar && row.pillar !== pillar) return false;
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const haystack = fold(Object.values(row.cells).join(' '));
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) =>
      new RegExp(`(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(
        haystack,
      ),
    );
}
