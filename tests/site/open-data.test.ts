import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { DIST, requireDist, ORIGIN } from '../helpers/dist';
import { realModel } from '../helpers/content';
import { DATASETS } from '../../src/lib/open-data/datasets';
import { expectedCells, readCsv } from '../helpers/csv';
import { ENTITY_SEGMENTS, entityPath, idToSlug } from '../../src/lib/routes/urls';

requireDist();
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const json = <T = Record<string, unknown>>(path: string) => JSON.parse(read(path)) as T;
const model = realModel();

/** Expected record counts come from content/data, via the model. */
const expected: Record<string, number> = {
  pillars: model.pillars.length,
  sections: model.sections.length,
  measures: model.measures.length,
  orders: model.orders.length,
  prior: model.prior.length,
  agencies: model.agencies.length,
  topics: model.topics.length,
};

function validator(schemaPath: string) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(json(schemaPath));
}

describe('open data', () => {
  it('publishes the seven files the data page promises, with the plan’s 103 measures', () => {
    expect(DATASETS.map((d) => d.name).sort()).toEqual(Object.keys(expected).sort());
    expect(expected.measures).toBe(103);
  });

  describe.each(DATASETS.map((d) => [d.name, d] as const))('%s', (name, d) => {
    const file = json<{
      $schema: string;
      count: number;
      checked: string;
      records: { id: string }[];
    }>(`data/${name}.json`);

    it('validates against its JSON Schema and holds every record', () => {
      const validate = validator(`data/schema/${name}.schema.json`);
      expect(validate(file), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(file.$schema).toBe(`${ORIGIN}/data/schema/${name}.schema.json`);
      expect(file.count).toBe(expected[name]);
      expect(file.records).toHaveLength(expected[name]!);
      expect(file.checked).toBe(model.checked);
    });

    it('the schema rejects a record with an unknown field or a missing one', () => {
      const validate = validator(`data/schema/${name}.schema.json`);
      const extra = structuredClone(file);
      (extra.records[0] as Record<string, unknown>).surprise = 1;
      expect(validate(extra)).toBe(false);
      const missing = structuredClone(file);
      delete (missing.records[0] as Record<string, unknown>).text;
      expect(validate(missing)).toBe(false);
    });

    it('the schema, derived from the content schema, rejects an ID the content would refuse', () => {
      const validate = validator(`data/schema/${name}.schema.json`);
      const wrong = structuredClone(file);
      wrong.records[0]!.id = 'Not an ID!';
      expect(validate(wrong)).toBe(false);
      expect(validate.errors!.map((e) => e.instancePath)).toContain('/records/0/id');
    });

    it('its CSV, read with csv-parse, has a row per entity of the model, each cell what the JSON record holds', () => {
      const { header, rows } = readCsv(read(`data/${name}.csv`));
      expect(header[0]).toBe('id');
      expect(header).toEqual(
        expect.arrayContaining([
          'title_de',
          'title_en',
          'summary_de',
          'summary_en',
          'url_de',
          'url_en',
        ]),
      );
      expect(rows.map((r) => r.id)).toEqual(d.entities(model).map((e) => e.id));
      file.records.forEach((record, i) => {
        const cells = expectedCells(record);
        expect(header, record.id).toEqual([...cells.keys()]);
        for (const [column, value] of cells) {
          if (value === undefined) expect(rows[i]![column], `${record.id} ${column}`).toBeDefined();
          else expect(rows[i]![column], `${record.id} ${column}`).toBe(value);
        }
      });
    });

    it('has a record file per entity that validates and equals the bulk record', () => {
      const validate = validator(`data/schema/${name}-record.schema.json`);
      for (const record of file.records) {
        const path = `data/${ENTITY_SEGMENTS[d.kind]}/${idToSlug(record.id)}.json`;
        expect(existsSync(join(DIST, path)), path).toBe(true);
        const single = json<{ record: unknown }>(path);
        expect(validate(single), `${path}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(
          true,
        );
        expect(single.record).toEqual(record);
      }
    });
  });

  it('states the facts of the content files: an order’s deadlines and a measure’s agencies', () => {
    const orders = json<{
      records: {
        id: string;
        deadlines: { key: string; dueDate: string | null; what: { de: string; en: string } }[];
      }[];
    }>('data/orders.json').records;
    for (const o of model.orders) {
      const record = orders.find((r) => r.id === o.id)!;
      expect(record.deadlines.map((d) => [d.key, d.dueDate])).toEqual(
        o.deadlines.map((d) => [d.key, d.dueDate]),
      );
      for (const d of record.deadlines)
        expect(d.what.de.length * d.what.en.length, `${o.id} ${d.key}`).toBeGreaterThan(0);
    }
    const measures = json<{ records: { id: string; agencies: string[] }[] }>(
      'data/measures.json',
    ).records;
    expect(measures.map((m) => [m.id, m.agencies])).toEqual(
      model.measures.map((m) => [m.id, m.agencies]),
    );
  });

  it('the CSV files state the model’s facts: a measure’s agencies and page, an instrument’s fate, an order’s date', () => {
    const measures = readCsv(read('data/measures.csv')).rows;
    expect(
      measures.map((r) => [r.id, r.agencies!.split('; ').filter(Boolean), Number(r.pdfPage)]),
    ).toEqual(model.measures.map((m) => [m.id, m.agencies, m.pdfPage]));
    const prior = readCsv(read('data/prior.csv')).rows;
    expect(prior.map((r) => [r.id, r.fate_status, r.fate_byOrder || null])).toEqual(
      model.prior.map((p) => [p.id, p.fate.status, p.fate.byOrder]),
    );
    const orders = readCsv(read('data/orders.csv')).rows;
    expect(orders.map((r) => [r.id, r.signingDate, r.url_de])).toEqual(
      model.orders.map((o) => [
        o.id,
        o.signingDate,
        new URL(entityPath('order', o.id, 'de'), ORIGIN).href,
      ]),
    );
  });

  it('contains no build time: the data files mention no date that is not in the content', () => {
    const dates = new Set(read('data/orders.json').match(/\d{4}-\d{2}-\d{2}/g));
    const content =
      readFileSync(join(DIST, '..', 'content', 'data', 'orders.json'), 'utf8') +
      readFileSync(join(DIST, '..', 'content', 'data', 'site.json'), 'utf8');
    for (const date of dates) expect(content, date).toContain(date);
  });
});
