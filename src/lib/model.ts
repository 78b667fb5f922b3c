import { compareDottedIds } from './ids';
import type { AGENCY_KINDS, CHANGE_KINDS, FATE_STATUSES, INSTRUMENTS, RELATIONS, VERIFICATION_LEVELS } from './schemas';

/**
 * The site's data as plain objects with references flattened to IDs. Built once from the content
 * collections by `buildModel`, which is pure so tests can build it from the JSON files directly.
 */
export type Verification = (typeof VERIFICATION_LEVELS)[number];
export type Instrument = (typeof INSTRUMENTS)[number];
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface Pillar {
  id: string;
  number: number;
  roman: string;
  titleEn: string;
  pdfPages: { from: number; to: number };
  printedPages: string;
  checked: string;
}
export interface Section {
  id: string;
  pillar: string;
  number: number;
  titleEn: string;
  pdfPage: number;
  printedPage: string;
  checked: string;
}
export interface Measure {
  id: string;
  pillar: string;
  section: string;
  number: number;
  keyPhrase: string;
  originalText: string;
  agencies: string[];
  explicitLead: boolean;
  agencyWording: string | null;
  involved: string[];
  impliedActor: string | undefined;
  pdfPage: number;
  printedPage: string;
  continuesToPdfPage: number | undefined;
  keyPhrasePdfPage: number | undefined;
  footnotes: number[];
  duplicateOf: string | undefined;
  instruments: Instrument[];
  related: string[];
  checked: string;
}
export interface Agency {
  id: string;
  planName: string;
  acronym: string | undefined;
  nameEn: string;
  kind: AgencyKind;
  parent: string | undefined;
  glossDe: string;
  checked: string;
}
export interface DocSection {
  number: string;
  headingEn: string;
}
export interface Deadline {
  key: string;
  provision: string;
  section: string;
  period: string;
  dueDate: string | null;
  dueNote: string | null;
  dueNoteDe: string | null;
}
export interface Order {
  id: string;
  number: string;
  titleEn: string;
  signingDate: string;
  frPublicationDate: string | null;
  citation: string | null;
  frDocNumber: string | null;
  citationCheck: Verification;
  textCheck: Verification;
  officialUrl: string | null;
  frUrl: string | null;
  sections: DocSection[];
  deadlines: Deadline[];
  agenciesTasked: string[];
  agenciesTaskedDe: string[];
  implements: { measure: string; section: string }[];
  checked: string;
}
export interface Fate {
  status: (typeof FATE_STATUSES)[number];
  date: string | null;
  byOrder: string | null;
  byOrderSection: string | null;
  byMeasure: string | null;
  successor: string | null;
  successorAgency: string | null;
}
export interface PriorInstrument {
  id: string;
  kindEn: string;
  kindDe: string;
  number: string | null;
  titleEn: string;
  date: string | null;
  frPublicationDate: string | null;
  citation: string | null;
  frDocNumber: string | null;
  citationCheck: Verification;
  officialUrl: string | null;
  sections: DocSection[];
  fate: Fate;
  checked: string;
}
export interface Footnote {
  id: string;
  number: number;
  pdfPage: number;
  text: string;
}

export interface GlossaryEntry {
  id: string;
  termEn: string;
  abbr: string | undefined;
  match: { de: string[]; en: string[] };
}

export type Relation = (typeof RELATIONS)[number];
export interface Topic {
  id: string;
  number: number;
  relation: Relation;
  rows: { prior: string[]; current: string[] }[];
  orders: string[];
}

export type ChangeKind = (typeof CHANGE_KINDS)[number];
export interface Change {
  id: string;
  number: number;
  date: string;
  kind: ChangeKind;
  /** Entity links such as `measure:1.5.2` or `page:data`. */
  entities: string[];
}

export interface SiteModel {
  checked: string;
  pillars: Pillar[];
  sections: Section[];
  measures: Measure[];
  agencies: Agency[];
  orders: Order[];
  prior: PriorInstrument[];
  footnotes: Footnote[];
  glossary: GlossaryEntry[];
  topics: Topic[];
  /** Newest first. */
  changes: Change[];
}

type Ref = string | { id: string };
type Raw = Record<string, unknown>;
export interface RawCollections {
  site: Raw[];
  pillars: Raw[];
  sections: Raw[];
  measures: Raw[];
  agencies: Raw[];
  orders: Raw[];
  prior: Raw[];
  footnotes: Raw[];
  glossary: Raw[];
  topics: Raw[];
  changes: Raw[];
}

const refId = (ref: unknown): string => (typeof ref === 'string' ? ref : (ref as { id: string }).id);
const optRef = (ref: unknown): string | undefined => (ref === undefined || ref === null ? undefined : refId(ref as Ref));
const refIds = (refs: unknown): string[] => ((refs as Ref[] | undefined) ?? []).map(refId);

export function buildModel(raw: RawCollections): SiteModel {
  const checked = String(raw.site[0]?.checked ?? '');
  if (!checked)
    throw new Error('content/data/site.json: field "checked" is missing. Fix: add the date the facts were last checked (YYYY-MM-DD).');
  const withChecked = <T extends Raw>(r: T) => ({ ...r, checked: (r.checked as string | undefined) ?? checked });
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => compareDottedIds(a.id, b.id));

  return {
    checked,
    pillars: byId(raw.pillars.map((r) => withChecked(r) as unknown as Pillar)),
    sections: byId(raw.sections.map((r) => ({ ...withChecked(r), pillar: refId(r.pillar) }) as unknown as Section)),
    measures: byId(
      raw.measures.map(
        (r) =>
          ({
            ...withChecked(r),
            pillar: refId(r.pillar),
            section: refId(r.section),
            agencies: refIds(r.agencies),
            involved: refIds(r.involved),
            impliedActor: optRef(r.impliedActor),
            duplicateOf: optRef(r.duplicateOf),
            continuesToPdfPage: r.continuesToPdfPage ?? undefined,
            keyPhrasePdfPage: r.keyPhrasePdfPage ?? undefined,
            related: refIds(r.related),
          }) as unknown as Measure,
      ),
    ),
    agencies: raw.agencies
      .map((r) => ({ ...withChecked(r), acronym: r.acronym ?? undefined, parent: optRef(r.parent) }) as unknown as Agency)
      .sort((a, b) => a.nameEn.localeCompare(b.nameEn, 'en')),
    orders: raw.orders
      .map(
        (r) =>
          ({
            ...withChecked(r),
            implements: ((r.implements as Raw[] | undefined) ?? []).map((x) => ({ measure: refId(x.measure), section: x.section })),
          }) as unknown as Order,
      )
      .sort((a, b) => a.signingDate.localeCompare(b.signingDate) || a.id.localeCompare(b.id)),
    prior: raw.prior
      .map((r) => {
        const fate = r.fate as Raw;
        const ref = (v: unknown) => (v === null || v === undefined ? null : refId(v));
        return {
          ...withChecked(r),
          fate: { ...fate, byOrder: ref(fate.byOrder), byMeasure: ref(fate.byMeasure), successorAgency: ref(fate.successorAgency) },
        } as unknown as PriorInstrument;
      })
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id)),
    footnotes: raw.footnotes.map((r) => r as unknown as Footnote).sort((a, b) => a.number - b.number),
    glossary: raw.glossary
      .map((r) => ({ ...r, abbr: r.abbr ?? undefined }) as unknown as GlossaryEntry)
      .sort((a, b) => a.id.localeCompare(b.id)),
    topics: raw.topics.map((r) => r as unknown as Topic).sort((a, b) => a.number - b.number),
    changes: raw.changes.map((r) => r as unknown as Change).sort((a, b) => b.number - a.number),
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

export function queries(model: SiteModel) {
  const pillar = index(model.pillars, 'pillar');
  const section = index(model.sections, 'section');
  const measure = index(model.measures, 'measure');
  const agency = index(model.agencies, 'agency');
  const order = index(model.orders, 'order');
  const prior = index(model.prior, 'prior instrument');
  const footnote = (n: number) => index(model.footnotes, 'footnote')(String(n));
  return {
    pillar,
    section,
    measure,
    agency,
    order,
    prior,
    footnote,
    sectionsOf: (pillarId: string) => model.sections.filter((s) => s.pillar === pillarId),
    measuresOfSection: (sectionId: string) => model.measures.filter((m) => m.section === sectionId),
    measuresOfPillar: (pillarId: string) => model.measures.filter((m) => m.pillar === pillarId),
    /** Measures that name the agency as lead or implementer, and those that name it in another role. */
    agencyRoles: (agencyId: string) => ({
      assigned: model.measures.filter((m) => m.agencies.includes(agencyId)),
      involved: model.measures.filter((m) => m.involved.includes(agencyId) || m.impliedActor === agencyId),
    }),
    /** Comparison topics that cite a measure (directly or through its section) or an order, for the badges on those pages. */
    topicsCiting: (target: string) =>
      model.topics.filter((t) => topicRefs(t).some((ref) => ref === target || ref.startsWith(`${target}#`))),
    /** Order sections that put a measure into effect: the other direction of `implements`. */
    implementedBy: (measureId: string) =>
      model.orders.flatMap((o) => o.implements.filter((x) => x.measure === measureId).map((x) => ({ order: o.id, section: x.section }))),
    /** Prior instruments that an order revoked: the other direction of `fate.byOrder`. */
    revokedBy: (orderId: string) => model.prior.filter((p) => p.fate.byOrder === orderId),
    /** The other copy of a bullet that the plan prints twice. */
    duplicatePartner: (measureId: string) =>
      model.measures.find((m) => m.duplicateOf === measureId) ??
      (measure(measureId).duplicateOf ? measure(measure(measureId).duplicateOf!) : undefined),
  };
}

export type Queries = ReturnType<typeof queries>;
