import { z } from 'astro/zod';
import type { DataCollection } from './collections';
import { refersTo } from './entity-ref';
import { compareDottedIds } from './ids';
import { createSchemas, type RecordOf } from './schemas';

/**
 * The site's data as plain objects with references flattened to IDs. Built once from the content
 * collections by `buildModel`, which is pure so tests can build it from the JSON files directly.
 * Every type here is derived from the Zod schemas: the shape of an entity is described once.
 */
type WithChecked<T> = Omit<T, 'checked'> & {
  /** Date the facts were last checked: the record's own, else the site-wide date. */
  checked: string;
};

export type Pillar = WithChecked<RecordOf<'pillars'>>;
export type Section = WithChecked<RecordOf<'sections'>>;
export type Measure = WithChecked<RecordOf<'measures'>>;
export type Agency = WithChecked<RecordOf<'agencies'>>;
/** A body the plan does not name: a gloss for the prose, no page. */
export type OtherAgency = RecordOf<'other-agencies'>;
export type Order = WithChecked<RecordOf<'orders'>>;
export type PriorInstrument = WithChecked<RecordOf<'prior'>>;
export type Footnote = RecordOf<'footnotes'>;
export type GlossaryEntry = RecordOf<'glossary'>;
export type Topic = RecordOf<'topics'>;
export type Change = RecordOf<'changes'>;

export type DocSection = Order['sections'][number];
export type Deadline = Order['deadlines'][number];
export type Fate = PriorInstrument['fate'];
export type Verification = Order['citationCheck'];
export type Instrument = Measure['instruments'][number];
export type AgencyKind = Agency['kind'];
export type Relation = Topic['relation'];
export type ChangeKind = Change['kind'];

export interface SiteModel {
  checked: string;
  pillars: Pillar[];
  sections: Section[];
  measures: Measure[];
  agencies: Agency[];
  /** Bodies the plan does not name (content/data/other-agencies.json); glossed in prose, no pages. */
  otherAgencies: OtherAgency[];
  orders: Order[];
  prior: PriorInstrument[];
  footnotes: Footnote[];
  glossary: GlossaryEntry[];
  topics: Topic[];
  /** Newest first. */
  changes: Change[];
}

/** The records of every data collection: Astro's parsed entries (references as `{ collection, id }`) or the raw JSON (references as IDs). */
export type RawCollections = Record<DataCollection, readonly unknown[]>;

/** A reference as the model keeps it: the ID, whether Astro has resolved it to `{ collection, id }` or not. */
const idOf = () => z.union([z.string(), z.object({ id: z.string() }).transform((r) => r.id)]);
const schemas = createSchemas(idOf);

function parseAll<C extends DataCollection>(raw: RawCollections, name: C): RecordOf<C>[] {
  return raw[name].map((record, i) => {
    const result = schemas[name].safeParse(record);
    if (!result.success) throw new Error(`content/data/${name}.json [${i}]: ${z.prettifyError(result.error)}\n  Fix: run the content check (npm run build) for the field and the fix.`);
    return result.data as RecordOf<C>;
  });
}

export function buildModel(raw: RawCollections): SiteModel {
  const checked = parseAll(raw, 'site')[0]?.checked ?? '';
  if (!checked)
    throw new Error('content/data/site.json: field "checked" is missing. Fix: add the date the facts were last checked (YYYY-MM-DD).');
  const withChecked = <T extends { checked?: string | undefined }>(r: T): WithChecked<T> => ({ ...r, checked: r.checked ?? checked });
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => compareDottedIds(a.id, b.id));

  return {
    checked,
    pillars: byId(parseAll(raw, 'pillars').map(withChecked)),
    sections: byId(parseAll(raw, 'sections').map(withChecked)),
    measures: byId(parseAll(raw, 'measures').map(withChecked)),
    agencies: parseAll(raw, 'agencies')
      .map(withChecked)
      .sort((a, b) => a.nameEn.localeCompare(b.nameEn, 'en')),
    otherAgencies: parseAll(raw, 'other-agencies').sort((a, b) => a.id.localeCompare(b.id)),
    orders: parseAll(raw, 'orders')
      .map(withChecked)
      .sort((a, b) => a.signingDate.localeCompare(b.signingDate) || a.id.localeCompare(b.id)),
    prior: parseAll(raw, 'prior')
      .map(withChecked)
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id)),
    footnotes: parseAll(raw, 'footnotes').sort((a, b) => a.number - b.number),
    glossary: parseAll(raw, 'glossary').sort((a, b) => a.id.localeCompare(b.id)),
    topics: parseAll(raw, 'topics').sort((a, b) => a.number - b.number),
    changes: parseAll(raw, 'changes').sort((a, b) => b.number - a.number),
  };
}

function index<T extends { id: string }>(list: T[], what: string): (id: string) => T {
  const map = new Map(list.map((x) => [x.id, x]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`Unknown ${what} "${id}"`);
    return found;
  };
}

/** Look-ups and relations derived from the model; every page goes through these. */
const topicRefs = (t: Topic) => [...t.rows.flatMap((r) => [...r.prior, ...r.current]), ...t.orders];

/**
 * The list under each key, in the model's order, built on first use: a page asks for its own
 * entry, so no query scans a whole collection per page (issue 16).
 */
function grouped<T>(entries: () => Iterable<[string, T]>): (key: string) => T[] {
  let map: Map<string, T[]> | undefined;
  return (key) => {
    if (!map) {
      map = new Map();
      for (const [k, v] of entries()) {
        const list = map.get(k);
        if (list) list.push(v);
        else map.set(k, [v]);
      }
    }
    return [...(map.get(key) ?? [])];
  };
}

export function queries(model: SiteModel) {
  const pillar = index(model.pillars, 'pillar');
  const section = index(model.sections, 'section');
  const measure = index(model.measures, 'measure');
  const agency = index(model.agencies, 'agency');
  const order = index(model.orders, 'order');
  const prior = index(model.prior, 'prior instrument');
  const footnoteById = index(model.footnotes, 'footnote');
  const footnote = (n: number) => footnoteById(String(n));
  const sectionsOf = grouped(() => model.sections.map((s) => [s.pillar, s]));
  const measuresOfSection = grouped(() => model.measures.map((m) => [m.section, m]));
  const measuresOfPillar = grouped(() => model.measures.map((m) => [m.pillar, m]));
  const assigned = grouped(() => model.measures.flatMap((m) => [...new Set(m.agencies)].map((a): [string, Measure] => [a, m])));
  const involved = grouped(() =>
    model.measures.flatMap((m) => [...new Set([...m.involved, ...(m.impliedActor ? [m.impliedActor] : [])])].map((a): [string, Measure] => [a, m])),
  );
  // A topic is listed under each entity it cites, with or without an anchor, once.
  const citing = grouped(() => model.topics.flatMap((t) => [...new Set(topicRefs(t).map((ref) => ref.split('#')[0]!))].map((ref): [string, Topic] => [ref, t])));
  const implementedBy = grouped(() => model.orders.flatMap((o) => o.implements.map((x): [string, { order: string; section: string }] => [x.measure, { order: o.id, section: x.section }])));
  const revokedBy = grouped(() => model.prior.flatMap((p): [string, PriorInstrument][] => (p.fate.byOrder ? [[p.fate.byOrder, p]] : [])));
  const duplicates = grouped(() => model.measures.flatMap((m): [string, Measure][] => (m.duplicateOf ? [[m.duplicateOf, m]] : [])));
  return {
    pillar,
    section,
    measure,
    agency,
    order,
    prior,
    footnote,
    sectionsOf,
    measuresOfSection,
    measuresOfPillar,
    /** Measures that name the agency as lead or implementer, and those that name it in another role. */
    agencyRoles: (agencyId: string) => ({ assigned: assigned(agencyId), involved: involved(agencyId) }),
    /** Comparison topics that cite a measure (directly or through its section) or an order, for the badges on those pages. */
    topicsCiting: (target: string) =>
      target.includes('#') ? model.topics.filter((t) => topicRefs(t).some((ref) => refersTo(ref, target))) : citing(target),
    /** Order sections that put a measure into effect: the other direction of `implements`. */
    implementedBy,
    /** Prior instruments that an order revoked: the other direction of `fate.byOrder`. */
    revokedBy,
    /** The other copy of a bullet that the plan prints twice. */
    duplicatePartner: (measureId: string): Measure | undefined =>
      duplicates(measureId)[0] ?? (measure(measureId).duplicateOf ? measure(measure(measureId).duplicateOf!) : undefined),
  };
}

export type Queries = ReturnType<typeof queries>;
