import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  buildRecords,
  DATASETS,
  datasetFile,
  entityFile,
  entitySchema,
  fileSchema,
  plainText,
  type DataContext,
} from '../../src/lib/open-data/datasets';
import { csvCell, toCsv } from '../../src/lib/open-data/csv';
import { expectedCells, readCsv } from '../helpers/csv';
import { queries } from '../../src/lib/content/model';
import { entityDataPath } from '../../src/lib/routes/urls';
import { entitiesOfModel, sitePages } from '../../src/lib/routes/site-pages';
import { sitemapXml } from '../../src/lib/routes/sitemap';
import { realModel } from '../helpers/content';

const model = realModel();
const site = new URL('https://atlas.example/');
/** Stand-in prose with the characters CSV must quote, so the round trip is tested on hard cases. */
const ctx: DataContext = {
  model,
  q: queries(model),
  site,
  text: (locale, collection, id) => ({
    title: `${collection} ${id} (${locale})`,
    summary: `Summary, with "quotes", a comma and a [link](measure:1.1.1)\nover two lines for ${id}.`,
    sections: { '1': 'Section one text', '2': 'Section two text' },
    deadlines: {},
    rows: [],
  }),
};

function ajv() {
  const a = new Ajv2020({ strict: true, allErrors: true });
  addFormats(a);
  return a;
}

describe('open data records and schemas', () => {
  it.each(DATASETS.map((d) => [d.name, d] as const))(
    '%s: the generated file validates against the generated schema',
    (_, d) => {
      const validate = ajv().compile(fileSchema(d, site));
      const file = datasetFile(d, ctx);
      expect(validate(file), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const single = ajv().compile(entitySchema(d, site));
      expect(
        single(entityFile(d, file.records[0]!, ctx)),
        JSON.stringify(single.errors?.slice(0, 3)),
      ).toBe(true);
    },
  );

  it('the schema catches a wrong type, a missing field and an unknown one', () => {
    const d = DATASETS.find((x) => x.name === 'measures')!;
    const validate = ajv().compile(fileSchema(d, site));
    const file = datasetFile(d, ctx);
    const bad = structuredClone(file);
    bad.records[0]!.pdfPage = 'seven';
    delete bad.records[1]!.agencies;
    bad.records[2]!.colour = 'blue';
    expect(validate(bad)).toBe(false);
    expect(validate.errors!.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(
      expect.arrayContaining([
        '/records/0/pdfPage type',
        '/records/1 required',
        '/records/2 additionalProperties',
      ]),
    );
  });

  it('the published schema refuses what the content schema refuses: the same definitions', () => {
    const wrong = (name: string, edit: (record: Record<string, unknown>) => void) => {
      const d = DATASETS.find((x) => x.name === name)!;
      const validate = ajv().compile(fileSchema(d, site));
      const file = structuredClone(datasetFile(d, ctx));
      edit(file.records[0]!);
      expect(validate(file), name).toBe(false);
      return validate.errors!.map((e) => `${e.instancePath} ${e.keyword}`);
    };
    expect(wrong('measures', (r) => (r.id = '1.3'))).toContain('/records/0/id pattern');
    expect(wrong('measures', (r) => (r.pdfPage = 29))).toContain('/records/0/pdfPage maximum');
    expect(wrong('measures', (r) => (r.instruments = ['magic']))).toContain(
      '/records/0/instruments/0 enum',
    );
    expect(wrong('orders', (r) => (r.signingDate = '2025-02-30'))).toContain(
      '/records/0/signingDate pattern',
    );
    expect(wrong('prior', (r) => ((r.fate as { status: string }).status = 'vanished'))).toContain(
      '/records/0/fate/status enum',
    );
    expect(
      wrong('orders', (r) => ((r.deadlines as { section: string }[])[0]!.section = 'four')),
    ).toContain('/records/0/deadlines/0/section pattern');
  });

  it('records carry both languages, absolute URLs and the record’s own file, and plain text', () => {
    const [record] = buildRecords(
      DATASETS.find((x) => x.name === 'measures')!,
      ctx,
    );
    expect(record).toMatchObject({
      id: '1.1.1',
      url: {
        de: 'https://atlas.example/de/measures/1-1-1/',
        en: 'https://atlas.example/en/measures/1-1-1/',
      },
      record: `https://atlas.example${entityDataPath('measure', '1.1.1')}`,
      text: { de: { title: 'measures 1.1.1 (de)' }, en: { title: 'measures 1.1.1 (en)' } },
    });
    expect((record!.text as { en: { summary: string } }).en.summary).toContain('a link\nover');
    expect(plainText('see [EO 14110](prior:eo-14110) and [M 1](measure:1)')).toBe(
      'see EO 14110 and M 1',
    );
  });
});

describe('CSV', () => {
  it('quotes cells with commas, quotes and line breaks, and leaves others alone', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(false)).toBe('false');
  });

  it.each(DATASETS.map((d) => [d.name, d] as const))(
    '%s reads back with csv-parse: a header, one row per entity of the model, every cell as the record holds it',
    (_, d) => {
      const records = buildRecords(d, ctx);
      const { header, rows } = readCsv(toCsv(d, records));
      expect(rows.map((r) => r.id)).toEqual(d.entities(model).map((e) => e.id));
      records.forEach((record, i) => {
        const cells = expectedCells(record);
        expect(header).toEqual([...cells.keys()]);
        for (const [column, value] of cells)
          if (value !== undefined)
            expect(rows[i]![column], `${String(record.id)} ${column}`).toBe(value);
      });
      // The stand-in summary holds a comma, quotes and a line break: it must come back unchanged.
      expect(rows[0]!.summary_en).toBe(
        ctx
          .text('en', d.name, String(records[0]!.id))
          .summary.replace('[link](measure:1.1.1)', 'link'),
      );
    },
  );

  it('joins lists with "; " and spreads objects over columns', () => {
    const d = DATASETS.find((x) => x.name === 'prior')!;
    const { header, rows } = readCsv(toCsv(d, buildRecords(d, ctx)));
    expect(header).toEqual(
      expect.arrayContaining(['fate_status', 'fate_byOrder', 'url_de', 'url_en']),
    );
    expect(rows.map((r) => r.fate_status)).toEqual(model.prior.map((p) => p.fate.status));
    const m = DATASETS.find((x) => x.name === 'measures')!;
    const measures = readCsv(toCsv(m, buildRecords(m, ctx))).rows;
    const withTwo = model.measures.findIndex((x) => x.agencies.length >= 2);
    expect(measures[withTwo]!.agencies).toBe(
      `${model.measures[withTwo]!.agencies[0]}; ${model.measures[withTwo]!.agencies[1]}`,
    );
    expect(measures[withTwo]!.agencies!.split('; ')).toEqual(model.measures[withTwo]!.agencies);
  });
});

describe('sitemap', () => {
  it('lists each page in both languages with alternates and the checked date', () => {
    const pages = sitePages(entitiesOfModel(model), model.checked);
    const xml = sitemapXml(pages, site);
    expect(xml.match(/<url>/g)).toHaveLength(pages.length * 2);
    expect(xml).toContain('<loc>https://atlas.example/de/measures/1-3-2/</loc>');
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="x-default" href="https://atlas.example/en/measures/1-3-2/"/>',
    );
    expect(xml).not.toMatch(/<loc>https:\/\/atlas\.example\/<\/loc>/);
    expect(pages.find((p) => p.kind === 'measure' && p.id === '1.3.2')?.checked).toBe(
      model.measures.find((m) => m.id === '1.3.2')!.checked,
    );
  });
});
