import { LOCALES } from '../../i18n/locales';
import type { Dataset, FieldDef } from './datasets';

/**
 * CSV per RFC 4180: comma-separated, CRLF line ends, every cell that holds a comma, quote or line
 * break quoted with doubled quotes, a header row, UTF-8. One row per record; lists are joined with
 * "; ", objects spread over one column per key, the prose over title_de, title_en, summary_de,
 * summary_en. Nested records (an order's sections and deadlines) are summarised in one cell; the
 * JSON file holds them in full.
 */
export const LIST_SEPARATOR = '; ';

type Cell = string | number | boolean | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function scalar(field: string, value: unknown): Cell {
  if (Array.isArray(value)) return value.map((v) => String(v)).join(LIST_SEPARATOR);
  if (value !== null && typeof value === 'object')
    throw new Error(
      `open data: field "${field}" is an object; give it a csv mode in src/lib/open-data.ts`,
    );
  return value as Cell;
}

function cells(field: FieldDef<never>, value: unknown): [string, Cell][] {
  const mode = field.csv ?? 'cell';
  if (mode === 'cell') return [[field.name, scalar(field.name, value)]];
  if (mode === 'columns')
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      `${field.name}_${k}`,
      scalar(`${field.name}.${k}`, v),
    ]);
  if (mode === 'text') {
    const text = value as Record<string, Record<string, string>>;
    return (['title', 'summary'] as const).flatMap((key) =>
      LOCALES.map((l): [string, Cell] => [`${key}_${l}`, text[l]![key]]),
    );
  }
  return [[field.name, (value as never[]).map(mode).join(LIST_SEPARATOR)]];
}

/** The CSV text of a dataset's records, which must come from `buildRecords` for the same dataset. */
export function toCsv(d: Dataset, records: Record<string, unknown>[]): string {
  const rows = records.map((r) => d.fields.flatMap((f) => cells(f, r[f.name])));
  const header = rows[0]?.map(([name]) => name) ?? [];
  rows.forEach((row, i) => {
    const names = row.map(([name]) => name).join(',');
    if (names !== header.join(','))
      throw new Error(
        `open data: record ${i} of ${d.name} has columns ${names}, expected ${header.join(',')}`,
      );
  });
  return [header, ...rows.map((row) => row.map(([, v]) => v))]
    .map((line) => `${line.map(csvCell).join(',')}\r\n`)
    .join('');
}

/** The CSV column names of a field, for the data page; empty list before any record exists. */
export function csvColumns(
  d: Dataset,
  sample: Record<string, unknown> | undefined,
): Map<string, string[]> {
  return new Map(
    d.fields.map((f) => [f.name, sample ? cells(f, sample[f.name]).map(([n]) => n) : [f.name]]),
  );
}
