/**
 * The content layer's vocabulary: collection names, the entity table and the shapes the content
 * check works on. A leaf module: it imports nothing from the project, so schemas, routes, the model
 * and the checks can all depend on it without a cycle.
 *
 * Adding a kind of entity is one entry in `ENTITIES`; adding a data collection is one name in
 * `DATA_COLLECTIONS` (plus its schema in `schemas.ts`).
 */

/** The collections read from `content/data/<name>.json`, one file each. */
export const DATA_COLLECTIONS = [
  'pillars',
  'sections',
  'measures',
  'agencies',
  /** Bodies the plan does not name but the prose mentions: a German gloss each, no page (src/lib/editorial/other-agencies.ts). */
  'other-agencies',
  'orders',
  'prior',
  'footnotes',
  'glossary',
  'topics',
  'changes',
  'site',
  /** Implementing instruments (OMB memoranda, NSPM-11, …) with pages of their own (src/lib/tracker). */
  'documents',
] as const;
export type DataCollection = (typeof DATA_COLLECTIONS)[number];

/** The implementation tracker's data collections (`content/data/events.json`, …; src/lib/tracker/). */
export const TRACKER_COLLECTIONS = ['events', 'statuses', 'deadlineStatuses'] as const;

/** Every content collection that `reference()` may point to: data, the tracker's data and the prose in `content/text/`. */
export const COLLECTIONS = [...DATA_COLLECTIONS, ...TRACKER_COLLECTIONS, 'texts'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export interface EntityKindDefinition {
  /** The data collection (and the folder of its prose in `content/text/<locale>/`). */
  readonly collection: DataCollection;
  /** The URL segment after the locale prefix: `/de/<segment>/<id>/`. */
  readonly segment: string;
  /**
   * Anchors the page template puts on its structural units, besides the per-record ones (`#sec-N`,
   * `#row-N`, `#deadline-…`) and the cite box (`#cite`). Published anchors never change.
   */
  readonly anchors: readonly string[];
}

/**
 * The kinds of entity that have a page of their own: where their facts live, where their URL
 * points and which anchors their page offers.
 */
export const ENTITIES = {
  pillar: { collection: 'pillars', segment: 'pillars', anchors: ['summary', 'sections'] },
  section: { collection: 'sections', segment: 'sections', anchors: ['summary', 'measures'] },
  measure: { collection: 'measures', segment: 'measures', anchors: ['summary', 'original', 'context', 'facts', 'status', 'related'] },
  order: { collection: 'orders', segment: 'orders', anchors: ['summary', 'facts', 'sections', 'deadlines'] },
  prior: { collection: 'prior', segment: 'prior', anchors: ['summary', 'facts', 'sections'] },
  agency: { collection: 'agencies', segment: 'agencies', anchors: ['summary', 'leads', 'involved'] },
  topic: { collection: 'topics', segment: 'topics', anchors: ['summary', 'comparison', 'reasoning'] },
} as const satisfies Record<string, EntityKindDefinition>;

export type EntityKind = keyof typeof ENTITIES;
export const ENTITY_KINDS = Object.keys(ENTITIES) as EntityKind[];
export type EntityCollection = (typeof ENTITIES)[EntityKind]['collection'];

export function isEntityKind(value: string): value is EntityKind {
  return Object.hasOwn(ENTITIES, value);
}

/** The data collection that holds an entity kind: `entityCollection('agency') // => 'agencies'`. */
export function entityCollection(kind: EntityKind): EntityCollection {
  return ENTITIES[kind].collection;
}

/** The entity kind whose page lives under a URL segment: `kindOfSegment('measures') // => 'measure'`. */
export function kindOfSegment(segment: string): EntityKind | undefined {
  return ENTITY_KINDS.find((k) => ENTITIES[k].segment === segment);
}

/** Entities that need a title, summary and body in every locale. */
export const PROSE_COLLECTIONS = [
  ...ENTITY_KINDS.map((k) => ENTITIES[k].collection),
  'glossary',
  'changes',
  'documents',
] as const satisfies readonly DataCollection[];

/** Non-entity pages whose prose lives in `content/text/<locale>/pages/`. */
export const PROSE_PAGES = ['home', 'methodology', 'data'] as const;

/** One data file as read from disk. */
export interface DataFile {
  /** Path relative to the project root, for messages. */
  file: string;
  records: unknown[];
}

/** One prose file as read from disk, with what the cross-file checks need of it. */
export interface TextFile {
  /** Path relative to the project root. */
  file: string;
  locale: string;
  collection: string;
  id: string;
  /** Keys of the `sections` and `deadlines` maps in the front matter, where present. */
  sectionKeys?: string[];
  deadlineKeys?: string[];
  /** Comparison topics: the claims of each row (prior, current). */
  rows?: { prior: string; current: string }[];
  /** Anchors of the body's headings (h2–h4) as the heading-anchor plugin writes them. */
  headings?: string[];
  /** Cross-references in the file (`[text](measure:1.3.2)`), with their line. */
  links?: { href: string; line: number }[];
  /** Fact links in the file (`[3 April 2025](fact:document:omb-m-25-21#date)`), with their line. */
  facts?: { href: string; line: number }[];
}

/** `content/` as data: what the content check and the link resolver work on. */
export interface ContentTree {
  data: Partial<Record<DataCollection, DataFile>>;
  texts: TextFile[];
  /** content/data/redirects.json: old paths and where they lead now; not a collection, as no page renders a redirect's own data. */
  redirects?: DataFile;
}

/** A content defect: the file, the field, what is wrong and how to fix it. */
/** The data files whose records carry a German gloss for `agency:` links: the plan's agencies and the bodies it does not name. */
export const GLOSSED_AGENCY_COLLECTIONS = ['agencies', 'other-agencies'] as const;

export interface Problem {
  file: string;
  field: string;
  message: string;
  fix: string;
}
