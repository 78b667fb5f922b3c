import { z } from 'astro/zod';
import type { CollectionName } from './collections';
import { ENTITY_REF_HELP, parseEntityRef, type LinkScheme } from './entity-ref';
import { createDocumentSchema } from '../tracker/schemas';

/**
 * Content schemas. Each is a factory that takes Astro's `reference()` so the same definitions run
 * in the content config and, with a stand-in, in unit tests (which cannot import `astro:content`).
 * Objects are strict: an unknown field is an error, so a typo cannot silently drop a fact.
 */
export type ReferenceFn<Out = { collection: string; id: string }> = (collection: CollectionName) => z.ZodType<Out>;

const isoDate = z.iso.date({ error: 'must be an ISO date (YYYY-MM-DD)' });
const pdfPage = z.number().int().min(1).max(28);
const url = z.url({ protocol: /^https$/, error: 'must be an https URL' });

export const INSTRUMENTS = [
  'rfi',
  'guidance',
  'rule',
  'funding',
  'program',
  'convening',
  'research',
  'procurement',
  'legislation',
  'standards',
  'review',
  'diplomacy',
  'enforcement',
  'partnership',
  'evaluation',
  'data',
] as const;

export const VERIFICATION_LEVELS = ['primary-text', 'official-metadata', 'secondary-multiple', 'secondary-single', 'unverified'] as const;

export const RELATIONS = ['continued', 'expanded', 'narrowed', 'reversed', 'new'] as const;

/**
 * An entity link (`order:14318#sec-5`, `page:methodology`) in the one grammar of `entity-ref.ts`,
 * limited to the given schemes; the content check resolves the ID and the anchor.
 */
function entityRef(schemes: readonly LinkScheme[], example: string) {
  return z.string().refine((ref) => {
    const parsed = parseEntityRef(ref);
    return parsed !== undefined && schemes.includes(parsed.scheme);
  }, { error: `must be an entity link such as ${example}: ${ENTITY_REF_HELP}; allowed here: ${schemes.join(', ')}` });
}
/** Provisions a comparison claim can rest on. */
const provisionRef = entityRef(['pillar', 'section', 'measure', 'order', 'prior', 'agency'], 'measure:1.3.1 or order:14318#sec-5');

export const CHANGE_KINDS = ['added', 'corrected', 'changed'] as const;

export const FATE_STATUSES = [
  'revoked',
  'replaced',
  'amended',
  'renamed',
  'not-enforced',
  'retained',
  'retained-under-revision',
  'no-formal-action',
] as const;

export const AGENCY_KINDS = [
  'department',
  'sub-agency',
  'independent-agency',
  'white-house-office',
  'council',
  'program',
  'community',
  'other',
] as const;

export function createSchemas<Ref>(reference: ReferenceFn<Ref>) {
  return {
    pillars: z.strictObject({
      id: z.enum(['1', '2', '3']),
      /** 1-based position in the plan. */
      number: z.number().int().min(1).max(3),
      roman: z.enum(['I', 'II', 'III']),
      /** The pillar's title exactly as printed in the plan. */
      titleEn: z.string().min(3),
      pdfPages: z.strictObject({ from: pdfPage, to: pdfPage }),
      printedPages: z.string().regex(/^\d+-\d+$/),
      /** Date the facts of this entry were last checked; falls back to the site-wide date. */
      checked: isoDate.optional(),
    }),
    sections: z.strictObject({
      /** `pillar.section`, e.g. `1.3`; permanent. */
      id: z.string().regex(/^[1-3]\.\d{1,2}$/, { error: 'section IDs look like 1.3' }),
      pillar: reference('pillars'),
      number: z.number().int().min(1),
      titleEn: z.string().min(3),
      pdfPage,
      printedPage: z.string().regex(/^\d+$/),
      checked: isoDate.optional(),
    }),
    measures: z.strictObject({
      /** `pillar.section.action`, e.g. `1.3.2`: the reference numbering, never renumbered. */
      id: z.string().regex(/^[1-3]\.\d{1,2}\.\d{1,2}$/, { error: 'measure IDs look like 1.3.2' }),
      pillar: reference('pillars'),
      section: reference('sections'),
      number: z.number().int().min(1),
      /** Exact words from the plan (≤ 12 words), shown as the quotation. */
      keyPhrase: z.string().min(3),
      /** The whole bullet as printed; used to verify the key phrase, not shown in full. */
      originalText: z.string().min(10),
      /** Bodies the bullet designates to lead or carry out the action. */
      agencies: z.array(reference('agencies')),
      /** True only where the plan writes "led by" or "…-led". */
      explicitLead: z.boolean(),
      /** The plan's own words that attach the agencies (e.g. "through", "Led by"); null where none are named. */
      agencyWording: z.string().min(1).nullable(),
      /** Bodies named in another role (collaborator, consultee, object of the action). */
      involved: z.array(reference('agencies')),
      /** An actor the text addresses without naming it as lead. */
      impliedActor: reference('agencies').optional(),
      pdfPage,
      printedPage: z.string().regex(/^\d+$/),
      continuesToPdfPage: pdfPage.optional(),
      /** Set where the key phrase stands on the continuation page rather than on `pdfPage`. */
      keyPhrasePdfPage: pdfPage.optional(),
      footnotes: z.array(z.number().int().min(1)),
      /** Set where the plan prints the same bullet twice. */
      duplicateOf: reference('measures').optional(),
      instruments: z.array(z.enum(INSTRUMENTS)).max(2),
      related: z.array(reference('measures')).max(5),
      checked: isoDate.optional(),
    }),
    agencies: z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** The name as the plan writes it (acronym or full name). */
      planName: z.string().min(2),
      acronym: z
        .string()
        .regex(/^[A-Z]{2,6}$/)
        .optional(),
      /** Official English name. */
      nameEn: z.string().min(2),
      kind: z.enum(AGENCY_KINDS),
      parent: reference('agencies').optional(),
      /** Short German gloss shown after the English name on first use. */
      glossDe: z.string().min(3),
      checked: isoDate.optional(),
    }),
    /**
     * Bodies the plan itself does not name but the prose mentions (the Council on Environmental
     * Quality, the EPA, …): written like any agency, `[CEQ](agency:ceq)`, and glossed in German at the
     * first mention on a page, but without a page of their own, as the site has nothing to say about
     * them beyond the sentence that names them. The mention renders as text, in both languages.
     */
    'other-agencies': z.strictObject({
      /** Permanent, lower-case ID, distinct from every ID in `agencies.json`. */
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** The official English name, as the prose writes it in full. */
      nameEn: z.string().min(2),
      /** The official acronym, where the body uses one. */
      acronym: z
        .string()
        .regex(/^[A-Z]{2,6}$/)
        .optional(),
      /** The one German gloss shown after the English name or acronym at its first mention on a German page. */
      glossDe: z.string().min(3),
      /** The body it belongs to: an ID in `agencies.json` or in this file. */
      parent: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .optional(),
    }),
    orders: z
      .strictObject({
        /** The executive order number, e.g. `14319`. */
        id: z.string().regex(/^\d{5}$/),
        kind: z.literal('executive-order'),
        number: z.string().regex(/^\d{5}$/),
        titleEn: z.string().min(3),
        signingDate: isoDate,
        frPublicationDate: isoDate.nullable(),
        citation: z.string().nullable(),
        frDocNumber: z.string().nullable(),
        citationCheck: z.enum(VERIFICATION_LEVELS),
        textCheck: z.enum(VERIFICATION_LEVELS),
        officialUrl: url.nullable(),
        frUrl: url.nullable(),
        sections: z.array(z.strictObject({ number: z.string().regex(/^\d+$/), headingEn: z.string().min(2) })),
        deadlines: z.array(
          z
            .strictObject({
              /** Citable key: the provision, numbered where one provision sets two deadlines. */
              key: z.string().min(4),
              provision: z.string().regex(/^Secs?\. \d/),
              /** The section that sets it (its anchor is `#sec-N`). */
              section: z.string().regex(/^\d+$/),
              /** The order's own wording of the period, in English. */
              period: z.string().min(3),
              /** Calendar date: signing date plus the period, where the period runs from signing. */
              dueDate: isoDate.nullable(),
              /** Why there is no fixed date (English, from the reference). */
              dueNote: z.string().nullable(),
              /** The same note in German; present exactly where `dueNote` is. */
              dueNoteDe: z.string().nullable(),
              /**
               * How the event the note names (or the date it gives) is known, where that is not settled;
               * the site shows the certainty marker from it instead of a hedge typed into the note.
               */
              dueNoteCheck: z.enum(VERIFICATION_LEVELS).optional(),
            })
            .refine((d) => (d.dueNote === null) === (d.dueNoteDe === null), {
              error: 'dueNote and dueNoteDe go together: give the German note wherever there is an English one',
              path: ['dueNoteDe'],
            }),
        ) /** Offices and officials the order tasks, in its own English terms. */,
        agenciesTasked: z.array(z.string().min(2)),
        /** The same list in German, item for item. */
        agenciesTaskedDe: z.array(z.string().min(2)),
        /** Plan measures that a section of this order puts into effect. */
        implements: z.array(z.strictObject({ measure: reference('measures'), section: z.string().regex(/^\d+$/) })),
        checked: isoDate.optional(),
      })
      .refine((o) => o.agenciesTaskedDe.length === o.agenciesTasked.length, {
        error: 'agenciesTaskedDe must render agenciesTasked item for item: add the missing German entries',
        path: ['agenciesTaskedDe'],
      }),
    prior: z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/),
      kindEn: z.string().min(3),
      /** The kind of instrument in German. */
      kindDe: z.string().min(3),
      number: z.string().nullable(),
      titleEn: z.string().min(3),
      date: isoDate.nullable(),
      frPublicationDate: isoDate.nullable(),
      citation: z.string().nullable(),
      frDocNumber: z.string().nullable(),
      citationCheck: z.enum(VERIFICATION_LEVELS),
      /** How the instrument's own date is known (the reference's verification of its text or record). */
      dateCheck: z.enum(VERIFICATION_LEVELS),
      officialUrl: url.nullable(),
      sections: z.array(z.strictObject({ number: z.string().regex(/^\d+$/), headingEn: z.string().min(2) })),
      /** What became of the instrument, and by what. */
      fate: z.strictObject({
        status: z.enum(FATE_STATUSES),
        date: isoDate.nullable(),
        /** The order on this site that revoked it, and the section that did. */
        byOrder: reference('orders').nullable(),
        byOrderSection: z.string().regex(/^\d+$/).nullable(),
        /** The plan measure that carries it on or revises it. */
        byMeasure: reference('measures').nullable(),
        /** A successor without a page on this site, by name. */
        successor: z.string().nullable(),
        successorAgency: reference('agencies').nullable(),
        /** How what became of it (status, date, successor) is known: the weakest source of what the page states. */
        level: z.enum(VERIFICATION_LEVELS, {
          error: 'fate.level is required: how the fate (status, date, successor) is known, one of ' + VERIFICATION_LEVELS.join(', '),
        }),
      }),
      checked: isoDate.optional(),
    }),
    footnotes: z.strictObject({
      id: z.string().regex(/^\d+$/),
      number: z.number().int().min(1),
      pdfPage,
      text: z.string().min(5),
    }),
    glossary: z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** The English term as US documents use it. */
      termEn: z.string().min(2),
      abbr: z.string().min(2).optional(),
      /** Exact word forms that are linked to the glossary where they first occur in a text, per locale. */
      match: z.strictObject({ de: z.array(z.string().min(2)), en: z.array(z.string().min(2)) }),
    }),
    topics: z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** Position in the comparison map. */
      number: z.number().int().min(1),
      /** The editorial judgement of how the 2025 policy relates to the prior one. */
      relation: z.enum(RELATIONS),
      /** Aligned claims: the provisions behind the prior and the 2025 position on one point. */
      rows: z.array(z.strictObject({ prior: z.array(provisionRef).max(4), current: z.array(provisionRef).min(1).max(4) })).min(1),
      /** Related order sections of 2025–2026. */
      orders: z.array(provisionRef),
    }),
    /** Prose per locale: `content/text/<locale>/<collection>/<id>.md`. */
    texts: z.strictObject({
      title: z.string().min(3, { error: 'title is required (at least 3 characters)' }),
      summary: z.string().min(20, { error: 'summary is required (at least 20 characters)' }),
      /** Orders and instruments: a summary per section, keyed by section number. */
      sections: z.record(z.string().regex(/^\d+$/), z.string().min(20)).optional(),
      /** Orders: who must deliver what, per deadline key. */ deadlines: z.record(z.string().min(4), z.string().min(10)).optional(),
      /** Comparison topics: the claims of each row, aligned with the data's rows. */
      rows: z.array(z.strictObject({ prior: z.string(), current: z.string().min(10) })).optional(),
      /**
       * Other names readers search for, shown on the page as "also searched as" and weighted in the
       * search index: official short forms ("EO 14110"), successor names the text discusses, and
       * common words of this language that the title does not use. Each must be true of the page.
       */
      aliases: z.array(z.string().trim().min(2)).max(12).optional(),
    }),
    /** The site's change history: what changed when; the prose per locale says what and why. */
    changes: z.strictObject({
      /** Permanent, lower-case slug; the anchor of the entry on the changelog page and the end of its feed entry ID. */
      id: z.string().regex(/^[a-z0-9-]+$/, { error: 'change IDs are lower-case slugs such as open-data' }),
      /** Running number in the order the changes were made; sorts entries of the same day. */
      number: z.number().int().min(1),
      date: isoDate,
      /** `corrected` marks a fact that was wrong; the pages of the listed entities show a correction note. */
      kind: z.enum(CHANGE_KINDS),
      /** The entities concerned, as entity links (`measure:1.5.2`, `page:data`); the content check resolves them. */
      entities: z.array(
        entityRef(['pillar', 'section', 'measure', 'order', 'prior', 'agency', 'topic', 'page'], 'measure:1.5.2, order:14319#sec-4 or page:methodology'),
      ),
    }),
    /** Implementing instruments with their own pages (src/lib/tracker/schemas.ts). */
    documents: createDocumentSchema(reference),
    site: z.strictObject({
      id: z.literal('site'),
      /** The date the site's facts were last checked against the reference as a whole. */
      checked: isoDate,
    }),
  };
}

export type Schemas<Ref = { collection: string; id: string }> = ReturnType<typeof createSchemas<Ref>>;

/** The schemas as the model reads the data: a reference is the ID it names. */
export type ModelSchemas = Schemas<string>;
/** The shape of one record of a data collection, after parsing, with references as IDs. */
export type RecordOf<C extends keyof ModelSchemas> = z.output<ModelSchemas[C]>;
