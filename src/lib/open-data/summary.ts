import { buildRecords, datasetFile, toJson, type DataContext, type Dataset } from './datasets';
import { csvColumns, toCsv } from './csv';

export interface DatasetSummary {
  dataset: Dataset;
  count: number;
  jsonBytes: number;
  csvBytes: number;
  /** CSV column names per field. */
  columns: Map<string, string[]>;
  /** ID of the first record, for an example link to a single record. */
  exampleId: string | undefined;
}

/** What the data page says about each file: computed from the same bytes the endpoints write. */
export function summarize(d: Dataset, ctx: DataContext): DatasetSummary {
  const records = buildRecords(d, ctx);
  return {
    dataset: d,
    count: records.length,
    jsonBytes: Buffer.byteLength(toJson(datasetFile(d, ctx, records))),
    csvBytes: Buffer.byteLength(toCsv(d, records)),
    columns: csvColumns(d, records[0]),
    exampleId: records[0]?.id as string | undefined,
  };
}
