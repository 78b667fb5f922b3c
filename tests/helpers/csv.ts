import { parse } from 'csv-parse/sync';

/**
 * Reads an open-data CSV file with csv-parse, a maintained parser that shares no code with the
 * serializer in src/lib/open-data/csv.ts. Strict RFC 4180: CRLF record ends only, every row as long
 * as the header, no stray quotes; anything else throws.
 */
export function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const lines: string[][] = parse(text, {
    record_delimiter: '\r\n',
    relax_column_count: false,
    relax_quotes: false,
    bom: false,
  });
  const [header = [], ...data] = lines;
  return {
    header,
    rows: data.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]!]))),
  };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const LIST = '; ';
function scalar(v: Json): string {
  if (v === null) return '';
  if (Array.isArray(v)) return v.map((x) => scalar(x)).join(LIST);
  if (typeof v === 'object') throw new Error(`an object in a CSV cell: ${JSON.stringify(v)}`);
  return String(v);
}
const isObject = (v: Json): v is { [key: string]: Json } =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The CSV cells a published JSON record should have, by the rules the data page states (not by
 * calling the serializer): a scalar as is, null as an empty cell, a list of scalars joined with
 * "; ", an object spread over `<field>_<key>`, the prose as title_de, title_en, summary_de,
 * summary_en. A list of objects is only summarised in the CSV, so its cell is left out here
 * (`undefined`) and the caller checks it separately.
 */
export function expectedCells(
  record: Readonly<Record<string, unknown>>,
): Map<string, string | undefined> {
  const cells = new Map<string, string | undefined>();
  for (const [field, value] of Object.entries(record as Record<string, Json>)) {
    if (field === 'text' && isObject(value)) {
      for (const key of ['title', 'summary'])
        for (const [locale, text] of Object.entries(value))
          cells.set(`${key}_${locale}`, scalar((text as Record<string, Json>)[key]!));
    } else if (Array.isArray(value) && value.some(isObject)) cells.set(field, undefined);
    else if (isObject(value))
      for (const [key, v] of Object.entries(value)) cells.set(`${field}_${key}`, scalar(v));
    else cells.set(field, scalar(value));
  }
  return cells;
}
