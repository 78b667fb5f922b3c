import { LOCALES, type Locale } from '../../i18n/locales';
import { TEXT_LICENCE } from '../content/licence';
import { recordSchemaPath, schemaPath } from '../routes/files';
import type {
  Agency,
  Measure,
  Order,
  Pillar,
  PriorInstrument,
  Queries,
  Section,
  SiteModel,
  Topic,
} from '../content/model';
import { z } from 'astro/zod';
import {
  date,
  extendZod,
  fromZod,
  int,
  list,
  obj,
  perLocale,
  SCHEMA_DIALECT,
  str,
  textSchema,
  uri,
  type JsonSchema,
  withNulls,
} from './json-schema';
import { entityDataPath, entityPath, pagePath, type EntityKind } from '../routes/urls';
import { createSchemas } from '../content/schemas';

/**
 * The open data: one definition per file that says, field by field, the JSON Schema, the value and
 * the description in both languages. Records, schemas, CSV columns and the data page's field tables
 * all come from it, so they cannot drift apart. Prose is included as plain text (title, summary and
 * the short per-section, per-deadline and per-claim texts); the Markdown bodies are left out because
 * their cross-references only make sense as links on the pages.
 */
export interface TextFields {
  title: string;
  summary: string;
  sections?: Record<string, string> | undefined;
  deadlines?: Record<string, string> | undefined;
  rows?: { prior: string; current: string }[] | undefined;
}
export type TextLookup = (locale: Locale, collection: string, id: string) => TextFields;

export interface DataContext {
  model: SiteModel;
  q: Queries;
  text: TextLookup;
  site: URL;
}

/** How a field becomes CSV cells: one cell, one per key of an object (`url_de`, `fate_status`), the record's title and summary per language, or a list of nested items. */
export type CsvMode = 'cell' | 'columns' | 'text' | ((item: never) => string);

export interface FieldDef<E> {
  name: string;
  schema: JsonSchema;
  doc: Record<Locale, string>;
  value: (entity: E, ctx: DataContext) => unknown;
  csv?: CsvMode;
}

export interface Dataset {
  /** File name without extension: `/data/<name>.json`. */
  name: string;
  kind: EntityKind;
  title: Record<Locale, string>;
  fields: readonly FieldDef<never>[];
  entities: (model: SiteModel) => readonly { id: string }[];
}

function defineDataset<E extends { id: string }>(d: {
  name: string;
  kind: EntityKind;
  title: Record<Locale, string>;
  entities: (model: SiteModel) => readonly E[];
  fields: FieldDef<E>[];
}): Dataset {
  return d;
}

/** Links to Markdown in front matter are unusual but possible; the data carries the link text only. */
export function plainText(text: string): string {
  return text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}

const abs = (path: string, site: URL) => new URL(path, site).href;

/** The content schemas with references as the IDs the model holds: the one description of every copied field. */
const CONTENT = createSchemas(() => z.string());
type Published = 'pillars' | 'sections' | 'measures' | 'orders' | 'prior' | 'agencies' | 'topics';

/**
 * A field published as `content/data/<collection>.json` holds it. Its JSON Schema is the content's
 * own Zod schema, so the shape is described once; an optional field is published as `null` where
 * the content leaves it out.
 * @example copied('measures', 'pdfPage', doc) // => { name: 'pdfPage', schema: { type: 'integer', minimum: 1, maximum: 28 }, … }
 */
function copied<C extends Published, K extends keyof (typeof CONTENT)[C]['shape'] & string>(
  collection: C,
  name: K,
  doc: Record<Locale, string>,
  csv?: CsvMode,
): FieldDef<{ readonly [P in K]?: unknown }> {
  const shape: Readonly<Record<string, z.ZodType>> = CONTENT[collection].shape;
  const field = shape[name]!;
  const schema = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType).nullable() : field;
  return {
    name,
    schema: fromZod(schema),
    doc,
    value: (e) => e[name] ?? null,
    ...(csv ? { csv } : {}),
  };
}

function common<E extends { id: string }>(
  kind: EntityKind,
  collection: Published,
  idDoc: Record<Locale, string>,
): FieldDef<E>[] {
  return [
    { name: 'id', schema: fromZod(CONTENT[collection].shape.id), doc: idDoc, value: (e) => e.id },
    {
      name: 'url',
      schema: perLocale(uri()),
      doc: { de: 'Adresse der Seite, je Sprache', en: 'Address of the page, per language' },
      value: (e, c) =>
        Object.fromEntries(LOCALES.map((l) => [l, abs(entityPath(kind, e.id, l), c.site)])),
      csv: 'columns',
    },
    {
      name: 'record',
      schema: uri(),
      doc: {
        de: 'Adresse dieses Datensatzes als eigene JSON-Datei',
        en: 'Address of this record as a JSON file of its own',
      },
      value: (e, c) => abs(entityDataPath(kind, e.id), c.site),
    },
    {
      name: 'text',
      schema: textSchema(),
      doc: {
        de: 'Titel und Zusammenfassung je Sprache (redaktionelle Texte, reiner Text); in der CSV-Datei als title_de, title_en, summary_de, summary_en',
        en: 'Title and summary per language (our editorial texts, plain text); in the CSV file as title_de, title_en, summary_de, summary_en',
      },
      value: (e, c) =>
        Object.fromEntries(
          LOCALES.map((l) => {
            const t = c.text(l, collection, e.id);
            return [l, { title: plainText(t.title), summary: plainText(t.summary) }];
          }),
        ),
      csv: 'text',
    },
  ];
}

/** Every record's `checked` is set: its own date or the site's (see the model), so the site's schema applies. */
const CHECKED: FieldDef<{ checked: string }> = {
  name: 'checked',
  schema: fromZod(CONTENT.site.shape.checked),
  doc: {
    de: 'Datum, an dem die Fakten zuletzt geprüft wurden',
    en: 'Date the facts were last checked',
  },
  value: (e) => e.checked,
};

const DOC_SECTIONS = (
  collection: 'orders' | 'prior',
): FieldDef<{ id: string; sections: { number: string; headingEn: string }[] }> => ({
  name: 'sections',
  schema: list(
    extendZod(CONTENT[collection].shape.sections.element.shape, {
      anchor: str(),
      summary: perLocale(str()),
    }),
  ),
  doc: {
    de: 'Gliederung des Dokuments: Nummer, englische Überschrift, Anker auf der Seite (#sec-N) und unsere Zusammenfassung je Sprache',
    en: 'Sections of the document: number, English heading, anchor on the page (#sec-N) and our summary per language',
  },
  value: (e, c) =>
    e.sections.map((s) => ({
      number: s.number,
      headingEn: s.headingEn,
      anchor: `sec-${s.number}`,
      summary: Object.fromEntries(
        LOCALES.map((l) => [l, plainText(c.text(l, collection, e.id).sections?.[s.number] ?? '')]),
      ),
    })),
  csv: (s: { number: string; headingEn: string }) => `${s.number} ${s.headingEn}`,
});

const PDF_PAGE = { de: 'Seite im PDF des Plans', en: 'Page in the plan’s PDF' };
const PRINTED_PAGE = { de: 'Gedruckte Seitenzahl im Plan', en: 'Printed page number in the plan' };

export const DATASETS: readonly Dataset[] = [
  defineDataset<Pillar>({
    name: 'pillars',
    kind: 'pillar',
    title: { de: 'Säulen', en: 'Pillars' },
    entities: (m) => m.pillars,
    fields: [
      ...common('pillar', 'pillars', {
        de: 'Nummer der Säule (1–3)',
        en: 'Number of the pillar (1–3)',
      }),
      copied('pillars', 'number', { de: 'Position im Plan', en: 'Position in the plan' }),
      copied('pillars', 'roman', {
        de: 'Römische Ziffer wie im Plan',
        en: 'Roman numeral as printed',
      }),
      copied('pillars', 'titleEn', { de: 'Titel im englischen Original', en: 'Title as printed' }),
      {
        name: 'pdfPageFrom',
        schema: fromZod(CONTENT.pillars.shape.pdfPages.shape.from),
        doc: { de: 'Erste PDF-Seite', en: 'First PDF page' },
        value: (p) => p.pdfPages.from,
      },
      {
        name: 'pdfPageTo',
        schema: fromZod(CONTENT.pillars.shape.pdfPages.shape.to),
        doc: { de: 'Letzte PDF-Seite', en: 'Last PDF page' },
        value: (p) => p.pdfPages.to,
      },
      copied('pillars', 'printedPages', PRINTED_PAGE),
      {
        name: 'sections',
        schema: list(str()),
        doc: { de: 'IDs ihrer Abschnitte', en: 'IDs of its sections' },
        value: (p, c) => c.q.sectionsOf(p.id).map((s) => s.id),
      },
      CHECKED,
    ],
  }),
  defineDataset<Section>({
    name: 'sections',
    kind: 'section',
    title: { de: 'Abschnitte', en: 'Sections' },
    entities: (m) => m.sections,
    fields: [
      ...common('section', 'sections', {
        de: 'Säule.Abschnitt, z. B. 1.3',
        en: 'pillar.section, e.g. 1.3',
      }),
      copied('sections', 'pillar', { de: 'ID der Säule', en: 'ID of the pillar' }),
      copied('sections', 'number', { de: 'Position in der Säule', en: 'Position in the pillar' }),
      copied('sections', 'titleEn', { de: 'Titel im englischen Original', en: 'Title as printed' }),
      copied('sections', 'pdfPage', PDF_PAGE),
      copied('sections', 'printedPage', PRINTED_PAGE),
      {
        name: 'measures',
        schema: list(str()),
        doc: { de: 'IDs seiner Maßnahmen', en: 'IDs of its measures' },
        value: (s, c) => c.q.measuresOfSection(s.id).map((m) => m.id),
      },
      CHECKED,
    ],
  }),
  defineDataset<Measure>({
    name: 'measures',
    kind: 'measure',
    title: { de: 'Maßnahmen', en: 'Measures' },
    entities: (m) => m.measures,
    fields: [
      ...common('measure', 'measures', {
        de: 'Säule.Abschnitt.Maßnahme, z. B. 1.3.2 (Nummerierung des Plans, dauerhaft)',
        en: 'pillar.section.action, e.g. 1.3.2 (the plan’s numbering, permanent)',
      }),
      copied('measures', 'pillar', { de: 'ID der Säule', en: 'ID of the pillar' }),
      copied('measures', 'section', { de: 'ID des Abschnitts', en: 'ID of the section' }),
      copied('measures', 'number', { de: 'Position im Abschnitt', en: 'Position in the section' }),
      copied('measures', 'keyPhrase', {
        de: 'Schlüsselformulierung, wörtlich aus dem Plan',
        en: 'Key phrase, verbatim from the plan',
      }),
      copied('measures', 'originalText', {
        de: 'Der vollständige Spiegelstrich im Original',
        en: 'The whole bullet as printed',
      }),
      copied('measures', 'agencies', {
        de: 'IDs der beauftragten Behörden (siehe agencies)',
        en: 'IDs of the agencies tasked (see agencies)',
      }),
      copied('measures', 'explicitLead', {
        de: 'Wahr, wenn der Plan „led by“ oder „…-led“ schreibt',
        en: 'True where the plan writes "led by" or "…-led"',
      }),
      copied('measures', 'agencyWording', {
        de: 'Die Worte des Plans, die die Behörden zuordnen',
        en: 'The plan’s words that attach the agencies',
      }),
      copied('measures', 'involved', {
        de: 'IDs der in anderer Rolle genannten Stellen',
        en: 'IDs of bodies named in another role',
      }),
      copied('measures', 'impliedActor', {
        de: 'Angesprochene, nicht als federführend genannte Stelle',
        en: 'Actor addressed without being named as lead',
      }),
      copied('measures', 'pdfPage', PDF_PAGE),
      copied('measures', 'printedPage', PRINTED_PAGE),
      copied('measures', 'continuesToPdfPage', {
        de: 'PDF-Seite, auf der der Text weitergeht',
        en: 'PDF page the text continues on',
      }),
      copied('measures', 'footnotes', {
        de: 'Nummern der Fußnoten im Plan',
        en: 'Numbers of the plan’s footnotes',
      }),
      copied('measures', 'duplicateOf', {
        de: 'ID der wortgleichen Maßnahme, wo der Plan sie doppelt druckt',
        en: 'ID of the identical bullet the plan prints twice',
      }),
      copied('measures', 'instruments', {
        de: 'Art des Instruments (redaktionell)',
        en: 'Kind of instrument (editorial)',
      }),
      copied('measures', 'related', {
        de: 'IDs verwandter Maßnahmen (redaktionell)',
        en: 'IDs of related measures (editorial)',
      }),
      {
        name: 'implementedBy',
        schema: list(obj({ order: str(), section: str() })),
        doc: {
          de: 'Executive Orders und Section, die die Maßnahme umsetzen',
          en: 'Executive orders and section that put it into effect',
        },
        value: (m, c) => c.q.implementedBy(m.id),
        csv: (x: { order: string; section: string }) => `${x.order} Sec. ${x.section}`,
      },
      CHECKED,
    ],
  }),
  defineDataset<Order>({
    name: 'orders',
    kind: 'order',
    title: { de: 'Executive Orders', en: 'Executive orders' },
    entities: (m) => m.orders,
    fields: [
      ...common('order', 'orders', {
        de: 'Nummer der Executive Order',
        en: 'Number of the executive order',
      }),
      copied('orders', 'titleEn', { de: 'Amtlicher Titel', en: 'Official title' }),
      copied('orders', 'signingDate', { de: 'Unterzeichnet am', en: 'Date signed' }),
      copied('orders', 'frPublicationDate', {
        de: 'Veröffentlicht im Federal Register am',
        en: 'Date published in the Federal Register',
      }),
      copied('orders', 'citation', {
        de: 'Fundstelle im Federal Register',
        en: 'Federal Register citation',
      }),
      copied('orders', 'frDocNumber', {
        de: 'Dokumentnummer im Federal Register',
        en: 'Federal Register document number',
      }),
      copied('orders', 'citationCheck', {
        de: 'Wie die Fundstelle belegt ist',
        en: 'How the citation is verified',
      }),
      copied('orders', 'textCheck', {
        de: 'Wie der Wortlaut belegt ist',
        en: 'How the text is verified',
      }),
      copied('orders', 'officialUrl', { de: 'Offizieller Text', en: 'Official text' }),
      copied('orders', 'frUrl', {
        de: 'Eintrag im Federal Register',
        en: 'Federal Register entry',
      }),
      copied('orders', 'agenciesTasked', {
        de: 'Beauftragte Stellen im Wortlaut der Order',
        en: 'Offices tasked, in the order’s words',
      }),
      copied('orders', 'agenciesTaskedDe', {
        de: 'Beauftragte Stellen, deutsch',
        en: 'Offices tasked, in German',
      }),
      copied(
        'orders',
        'implements',
        {
          de: 'Maßnahmen des Plans, die eine Section umsetzt',
          en: 'Plan measures a section puts into effect',
        },
        (x: { measure: string; section: string }) => `${x.measure} (Sec. ${x.section})`,
      ),
      {
        name: 'revokes',
        schema: list(str()),
        doc: {
          de: 'IDs der widerrufenen Instrumente (siehe prior)',
          en: 'IDs of the instruments it revoked (see prior)',
        },
        value: (o, c) => c.q.revokedBy(o.id).map((p) => p.id),
      },
      DOC_SECTIONS('orders'),
      {
        name: 'deadlines',
        schema: list(
          extendZod(CONTENT.orders.shape.deadlines.element.shape, { what: perLocale(str()) }),
        ),
        doc: {
          de: 'Fristen: Schlüssel, Vorschrift, Section, Frist im Wortlaut, berechnetes Fälligkeitsdatum (oder Grund, warum es keines gibt, mit der Beleglage des Grundes, wo sie nicht gesichert ist) und wer was liefern muss, je Sprache',
          en: 'Deadlines: key, provision, section, period as worded, computed due date (or why there is none, with how that reason is verified where it is not settled) and who must deliver what, per language',
        },
        value: (o, c) =>
          o.deadlines.map((d) => ({
            ...withNulls(CONTENT.orders.shape.deadlines.element.shape, d),
            what: Object.fromEntries(
              LOCALES.map((l) => [
                l,
                plainText(c.text(l, 'orders', o.id).deadlines?.[d.key] ?? ''),
              ]),
            ),
          })),
        csv: (d: { key: string; dueDate: string | null }) => `${d.key}: ${d.dueDate ?? '–'}`,
      },
      CHECKED,
    ],
  }),
  defineDataset<PriorInstrument>({
    name: 'prior',
    kind: 'prior',
    title: { de: 'Instrumente der Vorgängerregierung', en: 'Prior-administration instruments' },
    entities: (m) => m.prior,
    fields: [
      ...common('prior', 'prior', {
        de: 'Kurzkennung, z. B. eo-14110',
        en: 'Short ID, e.g. eo-14110',
      }),
      copied('prior', 'kindEn', { de: 'Art des Instruments', en: 'Kind of instrument' }),
      copied('prior', 'kindDe', {
        de: 'Art des Instruments, deutsch',
        en: 'Kind of instrument, in German',
      }),
      copied('prior', 'number', { de: 'Amtliche Nummer', en: 'Official number' }),
      copied('prior', 'titleEn', { de: 'Amtlicher Titel', en: 'Official title' }),
      copied('prior', 'date', { de: 'Datum', en: 'Date' }),
      copied('prior', 'frPublicationDate', {
        de: 'Veröffentlicht im Federal Register am',
        en: 'Date published in the Federal Register',
      }),
      copied('prior', 'citation', { de: 'Fundstelle', en: 'Citation' }),
      copied('prior', 'frDocNumber', {
        de: 'Dokumentnummer im Federal Register',
        en: 'Federal Register document number',
      }),
      copied('prior', 'citationCheck', {
        de: 'Wie die Fundstelle belegt ist',
        en: 'How the citation is verified',
      }),
      copied('prior', 'dateCheck', {
        de: 'Wie das Datum belegt ist',
        en: 'How the date is verified',
      }),
      copied('prior', 'officialUrl', { de: 'Offizieller Text', en: 'Official text' }),
      copied(
        'prior',
        'fate',
        {
          de: 'Verbleib: Status, Datum, widerrufender Erlass und Section, fortführende Maßnahme, Nachfolger und dessen Behörde, Beleglage; in der CSV-Datei als fate_status usw.',
          en: 'Fate: status, date, revoking order and section, measure that carries it on, successor and its agency, how it is verified; in the CSV file as fate_status etc.',
        },
        'columns',
      ),
      DOC_SECTIONS('prior'),
      CHECKED,
    ],
  }),
  defineDataset<Agency>({
    name: 'agencies',
    kind: 'agency',
    title: { de: 'Behörden und Stellen', en: 'Agencies and offices' },
    entities: (m) => m.agencies,
    fields: [
      ...common('agency', 'agencies', { de: 'Kurzkennung, z. B. nist', en: 'Short ID, e.g. nist' }),
      copied('agencies', 'planName', { de: 'Name wie im Plan', en: 'Name as the plan writes it' }),
      copied('agencies', 'acronym', { de: 'Abkürzung', en: 'Acronym' }),
      copied('agencies', 'nameEn', {
        de: 'Amtlicher englischer Name',
        en: 'Official English name',
      }),
      copied('agencies', 'kind', { de: 'Art der Stelle', en: 'Kind of body' }),
      copied('agencies', 'parent', {
        de: 'ID der übergeordneten Stelle',
        en: 'ID of the parent body',
      }),
      {
        name: 'assigned',
        schema: list(str()),
        doc: {
          de: 'IDs der Maßnahmen, mit denen sie beauftragt ist',
          en: 'IDs of the measures it is tasked with',
        },
        value: (a, c) => c.q.agencyRoles(a.id).assigned.map((m) => m.id),
      },
      {
        name: 'involvedIn',
        schema: list(str()),
        doc: {
          de: 'IDs der Maßnahmen, die sie in anderer Rolle nennen',
          en: 'IDs of the measures that name it in another role',
        },
        value: (a, c) => c.q.agencyRoles(a.id).involved.map((m) => m.id),
      },
      CHECKED,
    ],
  }),
  defineDataset<Topic>({
    name: 'topics',
    kind: 'topic',
    title: { de: 'Vergleichsthemen', en: 'Comparison topics' },
    entities: (m) => m.topics,
    fields: [
      ...common('topic', 'topics', { de: 'Kurzkennung des Themas', en: 'Short ID of the topic' }),
      copied('topics', 'number', { de: 'Position im Vergleich', en: 'Position in the comparison' }),
      copied('topics', 'relation', {
        de: 'Redaktionelle Einordnung gegenüber der Vorgängerpolitik',
        en: 'Editorial judgement of the relation to the prior policy',
      }),
      {
        name: 'rows',
        schema: list(
          extendZod(CONTENT.topics.shape.rows.element.shape, {
            anchor: str(),
            claims: perLocale(obj({ prior: str(), current: str() })),
          }),
        ),
        doc: {
          de: 'Gegenüberstellung Punkt für Punkt: Anker (#row-N), Belege als Entitätslinks (z. B. order:14318#sec-5) und die Aussagen je Sprache (leere Vorgängeraussage: nichts Vergleichbares)',
          en: 'Claim by claim: anchor (#row-N), provisions as entity links (e.g. order:14318#sec-5) and the claims per language (an empty prior claim: nothing comparable existed)',
        },
        value: (t, c) =>
          t.rows.map((row, i) => ({
            anchor: `row-${i + 1}`,
            prior: row.prior,
            current: row.current,
            claims: Object.fromEntries(
              LOCALES.map((l) => {
                const claim = c.text(l, 'topics', t.id).rows?.[i];
                return [
                  l,
                  {
                    prior: plainText(claim?.prior ?? ''),
                    current: plainText(claim?.current ?? ''),
                  },
                ];
              }),
            ),
          })),
        csv: (r: { prior: string[]; current: string[] }) =>
          `${r.prior.join(', ') || '–'} → ${r.current.join(', ')}`,
      },
      copied('topics', 'orders', {
        de: 'Zugehörige Executive Orders als Entitätslinks',
        en: 'Related executive orders as entity links',
      }),
    ],
  }),
];

export function dataset(name: string): Dataset {
  const found = DATASETS.find((d) => d.name === name);
  if (!found)
    throw new Error(
      `Unknown open-data file "${name}": use one of ${DATASETS.map((d) => d.name).join(', ')}`,
    );
  return found;
}

export function buildRecords(d: Dataset, ctx: DataContext): Record<string, unknown>[] {
  const fields = d.fields as unknown as FieldDef<{ id: string }>[];
  return d
    .entities(ctx.model)
    .map((e) => Object.fromEntries(fields.map((f) => [f.name, f.value(e, ctx)])));
}

export function recordSchema(d: Dataset): JsonSchema {
  return obj(
    Object.fromEntries(d.fields.map((f) => [f.name, { ...f.schema, description: f.doc.en }])),
  );
}

/** What every file says about itself: where it comes from, under which licence, how current it is. */
function meta(d: Dataset, ctx: DataContext) {
  return {
    name: d.name,
    title: d.title.en,
    licence: {
      ...TEXT_LICENCE,
      attribution: `AI Action Plan Atlas, ${abs(pagePath('data', 'en'), ctx.site)}`,
    },
    source: abs(pagePath('data', 'en'), ctx.site),
    checked: ctx.model.checked,
  };
}

const META_SCHEMA: Record<string, JsonSchema> = {
  name: str(),
  title: str(),
  licence: obj({ name: str(), url: uri(), attribution: str() }),
  source: uri(),
  checked: date(),
};

export function fileSchema(d: Dataset, site: URL): JsonSchema {
  return {
    $schema: SCHEMA_DIALECT,
    $id: abs(schemaPath(d.name), site),
    title: `AI Action Plan Atlas: ${d.title.en}`,
    ...obj({
      $schema: { const: abs(schemaPath(d.name), site) },
      ...META_SCHEMA,
      count: int({ minimum: 0 }),
      records: list(recordSchema(d)),
    }),
  };
}

export function entitySchema(d: Dataset, site: URL): JsonSchema {
  return {
    $schema: SCHEMA_DIALECT,
    $id: abs(recordSchemaPath(d.name), site),
    title: `AI Action Plan Atlas: one record of ${d.title.en.toLowerCase()}`,
    ...obj({
      $schema: { const: abs(recordSchemaPath(d.name), site) },
      ...META_SCHEMA,
      record: recordSchema(d),
    }),
  };
}

export function datasetFile(d: Dataset, ctx: DataContext, records = buildRecords(d, ctx)) {
  return {
    $schema: abs(schemaPath(d.name), ctx.site),
    ...meta(d, ctx),
    count: records.length,
    records,
  };
}

export function entityFile(d: Dataset, record: Record<string, unknown>, ctx: DataContext) {
  return { $schema: abs(recordSchemaPath(d.name), ctx.site), ...meta(d, ctx), record };
}

/** Stable, readable JSON with a final newline: the same content always gives the same bytes. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
