import { z } from 'astro/zod';
import type { CollectionName } from '../content/collections';
import { TRACKER_COLLECTIONS } from '../content/collections';

/**
 * Schemas of the implementation tracker's three data files (issue 12, format in the research SPEC):
 * `content/data/events.json` (implementation steps), `statuses.json` (one status per measure) and
 * `deadline-statuses.json` (one status per order deadline). A factory like `createSchemas`, so unit
 * tests can run it with a stand-in for `reference()`. Cross-file rules live in `./check.ts`.
 */

/** Verification levels of an event, strongest first; `unverified` items are never published. */
export const EVENT_VERIFICATION = [
  'primary-text',
  'official-metadata',
  'secondary-multiple',
  'secondary-single',
] as const;
export type EventVerification = (typeof EVENT_VERIFICATION)[number];
/** Levels that rest on the official text or record: only these can carry a verified status. */
export const PRIMARY_LEVELS: readonly EventVerification[] = ['primary-text', 'official-metadata'];

export const EVENT_KINDS = [
  'executive-order',
  'presidential-memorandum',
  'proclamation',
  'omb-memorandum',
  'rule',
  'proposed-rule',
  'request-for-information',
  'guidance',
  'policy-statement',
  'solicitation',
  'programme-launch',
  'agreement',
  'evaluation',
  'report',
  'court-filing',
  'legislation',
  'legislative-proposal',
  'announcement',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How an event bears on a measure: `related` links are shown but never drive a status. */
export const LINK_EFFECTS = ['advances', 'works-against', 'related'] as const;
export type LinkEffect = (typeof LINK_EFFECTS)[number];

/** The status vocabulary, in the order the site lists it (GAO/Stanford manner). */
export const MEASURE_STATUSES = [
  'completed',
  'in-progress',
  'reported',
  'no-evidence',
  'contradicted',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const DEADLINE_STATUSES = ['met', 'late', 'not-met', 'unknown'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

const isoDate = z.iso.date({ error: 'must be an ISO date (YYYY-MM-DD)' });
/** A day (`2026-07-01`) or, where only the month is known, a month (`2026-07`). */
export const eventDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
  error: 'must be a date YYYY-MM-DD, or YYYY-MM when only the month is known',
});
const url = z.url({ protocol: /^https$/, error: 'must be an https URL' });
/** One sentence per language; both are required. */
const bilingual = (what: string) =>
  z.strictObject({
    en: z
      .string()
      .trim()
      .min(10, { error: `the English ${what} is required (at least 10 characters)` }),
    de: z
      .string()
      .trim()
      .min(10, { error: `the German ${what} is required (at least 10 characters)` }),
  });
/** A measure, section or order section as an entity link: `measure:2.6.1`, `section:1.3`, `order:14365#sec-7`. */
const trackerTarget = z.string().regex(/^(measure|section|order):[a-z0-9.-]+(#[a-z0-9-]+)?$/, {
  error: 'must be an entity link such as measure:2.6.1, section:1.3 or order:14365#sec-7',
});

/** The tracker's collections, besides the site's own (`DATA_COLLECTIONS`); named in the content layer's leaf module. */
export { TRACKER_COLLECTIONS };
export type TrackerCollection = (typeof TRACKER_COLLECTIONS)[number];
/** The data file of each tracker collection, relative to the project root. */
export const TRACKER_FILES: Readonly<Record<TrackerCollection, string>> = {
  events: 'content/data/events.json',
  statuses: 'content/data/statuses.json',
  deadlineStatuses: 'content/data/deadline-statuses.json',
};

export type TrackerReferenceFn<Out = { collection: string; id: string }> = (
  collection: CollectionName,
) => z.ZodType<Out>;

export function createTrackerSchemas<Ref>(reference: TrackerReferenceFn<Ref>) {
  return {
    events: z.strictObject({
      /** `YYYY-MM-DD-slug` (or `YYYY-MM-slug`); permanent, the end of the anchor `#event-<id>`. */
      id: z.string().regex(/^\d{4}-\d{2}(-\d{2})?-[a-z0-9]+(-[a-z0-9]+)*$/, {
        error: 'event IDs look like 2025-09-26-ostp-rfi',
      }),
      /** Date of the step, at the precision known (day or month). */
      date: eventDate,
      /** Acting bodies with a page on this site. */
      agencies: z.array(reference('agencies')),
      /** Acting bodies without a page, by official English name ("Bureau of Industry and Security"). */
      agencyNames: z.array(z.string().min(2)),
      kind: z.enum(EVENT_KINDS),
      /** The official title as published, in English. */
      title: z.string().min(3),
      /** The official page (.gov, Federal Register, govinfo); null where none was seen. Never constructed. */
      officialUrl: url.nullable(),
      /** FR Doc number, FR citation or memorandum number. */
      identifier: z.string().min(2).optional(),
      /** Further reputable sources (law firms, trade press, agencies' own pages). */
      sources: z.array(z.strictObject({ publisher: z.string().min(2), url })).optional(),
      verification: z.enum(EVENT_VERIFICATION),
      /** The measures and order sections the step bears on; each an editorial judgement with its basis. */
      links: z
        .array(
          z.strictObject({
            target: trackerTarget,
            effect: z.enum(LINK_EFFECTS),
            basis: bilingual('basis'),
          }),
        )
        .min(1, { error: 'an event must link at least one measure or order section' }),
      summary: bilingual('summary'),
    }),
    statuses: z.strictObject({
      /** The measure ID (`2.6.1`): one status per measure. */
      id: z
        .string()
        .regex(/^[1-3]\.\d{1,2}\.\d{1,2}$/, { error: 'a status ID is the measure ID, e.g. 2.6.1' }),
      status: z.enum(MEASURE_STATUSES),
      /** The date the evidence was last checked; the status says nothing about later days. */
      checked: isoDate,
      reasoning: bilingual('reasoning'),
    }),
    deadlineStatuses: z.strictObject({
      /** `<order>-<deadline key slug>`, e.g. `14365-sec-7`. */
      id: z.string().regex(/^\d{5}-[a-z0-9-]+$/),
      order: reference('orders'),
      /** The deadline's `key` in `content/data/orders.json`. */
      deadline: z.string().min(4),
      status: z.enum(DEADLINE_STATUSES),
      /** The event that settles it; null only for `unknown`. */
      event: reference('events').nullable(),
      checked: isoDate,
      note: bilingual('note'),
    }),
  };
}

export type TrackerSchemas = ReturnType<typeof createTrackerSchemas>;

/**
 * An implementing instrument with a page of its own (`/<locale>/documents/<id>/`): OMB memoranda,
 * NSPMs, requests for information, proclamations, policy statements. Its prose lives in
 * `content/text/<locale>/documents/<id>.md`; the site's content check treats it like any entity.
 */
export function createDocumentSchema<Ref>(reference: TrackerReferenceFn<Ref>) {
  return z.strictObject({
    /** Permanent lower-case slug, e.g. `omb-m-25-21`. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: 'document IDs are lower-case slugs such as omb-m-25-21',
    }),
    kind: z.enum(EVENT_KINDS),
    /** The official title as published, in English. */
    title: z.string().min(3),
    /** Date issued, at the precision known. */
    date: eventDate,
    /** The document's own number (M-25-21, NSPM-11, Proclamation 11002). */
    number: z.string().min(1).optional(),
    identifier: z.string().min(2).optional(),
    agencies: z.array(reference('agencies')),
    agencyNames: z.array(z.string().min(2)),
    officialUrl: url.nullable(),
    sources: z.array(z.strictObject({ publisher: z.string().min(2), url })),
    /** How the document itself (title, number, link) was verified. */
    verification: z.enum(EVENT_VERIFICATION),
    /** How its date was verified, where that differs. */
    dateVerification: z.enum(EVENT_VERIFICATION),
    measures: z.array(reference('measures')),
    orders: z.array(reference('orders')),
    prior: z.array(reference('prior')),
    topics: z.array(reference('topics')),
    /** Prior instruments it replaces. */
    replaces: z.array(reference('prior')),
  });
}
