import { z } from 'astro/zod';

/**
 * Schemas of the primary texts in `content/fulltext/`, written by `npm run import-texts` (English)
 * and by translators (German). Objects are strict, so a field the importer starts writing, or a typo
 * in a translation file, fails the build instead of vanishing. Types follow from the schemas.
 */

/** A block anchor: lower-case letters, digits and hyphens (`sec-1-3-p2`, `action-1-3-2`, `fn-7`). */
const anchor = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be an anchor: lower-case letters, digits, hyphens',
});
const pdfPage = z.number().int().min(1).max(28);
/** The page number printed on the page: roman in the front matter (`i`, `ii`), arabic after. */
const printedPage = z
  .string()
  .regex(/^(?:[ivx]+|\d+)$/, { error: 'must be a printed page number such as "ii" or "15"' });
/** Text as published; footnote marks as `[^n]`. */
const text = z.string().min(1);

/** An inline page break: the text from `offset` on stands on `pdfPage` / `printedPage`. */
export const pageBreakSchema = z.strictObject({
  /** Character (code point) index into the block's English text. */
  offset: z.number().int().min(0),
  pdfPage,
  printedPage,
});

const planBase = {
  /** Permanent anchor of the block on `/<locale>/plan/text/`; never changes once published. */
  id: anchor,
  /** PDF page the block starts on (1–28). */
  pdfPage,
  /** Printed page the block starts on. */
  printedPage,
  text,
};
/** Page breaks inside the block, in text order. */
const breaks = z.array(pageBreakSchema).min(1).optional();

/** One block of the plan, as `import-plan-text.ts` writes it. */
export const planBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...planBase,
    kind: z.literal('heading'),
    /** 2 introduction, pillars; 3 sections; 4 "Recommended Policy Actions". */
    level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
    pillar: z
      .string()
      .regex(/^[1-3]$/)
      .optional(),
    section: z
      .string()
      .regex(/^[1-3]\.\d+$/)
      .optional(),
  }),
  z.strictObject({
    ...planBase,
    kind: z.literal('paragraph'),
    pillar: z
      .string()
      .regex(/^[1-3]$/)
      .optional(),
    section: z
      .string()
      .regex(/^[1-3]\.\d+$/)
      .optional(),
    breaks,
  }),
  z.strictObject({
    ...planBase,
    kind: z.literal('action'),
    /** The measure ID this recommended action is (`1.3.2`). */
    measure: z.string().regex(/^[1-3]\.\d+\.\d+$/),
    section: z.string().regex(/^[1-3]\.\d+$/),
    breaks,
  }),
  z.strictObject({ ...planBase, kind: z.literal('quote') }),
  z.strictObject({
    ...planBase,
    kind: z.literal('signature'),
    name: z.string().optional(),
    role: z.string().optional(),
  }),
  z.strictObject({
    ...planBase,
    kind: z.literal('footnote'),
    /** The footnote's number in the plan. */ number: z.number().int().min(1),
  }),
]);
export type PlanBlock = z.infer<typeof planBlockSchema>;
export type PageBreak = z.infer<typeof pageBreakSchema>;

/** The plan in English, in reading order (footnotes last). */
export const planTextSchema = z.strictObject({ blocks: z.array(planBlockSchema).min(1) });

/** One block of an executive order, as `import-order-texts.ts` writes it. */
export const orderBlockSchema = z.strictObject({
  /** Permanent anchor on `/<locale>/orders/<number>/text/` (`sec-4-b-iii`). */
  id: anchor,
  kind: z.enum(['preamble', 'section', 'paragraph', 'clause', 'signature']),
  /** Section number, null for the preamble and the signature. */
  section: z.string().regex(/^\d+$/).nullable(),
  /** Section, then clause labels by level: `["4", "b", "iii"]`; `["4", "p2"]` for unlabelled paragraphs. */
  path: z.array(z.string().regex(/^[A-Za-z0-9]+$/)),
  /** "(iii)" for clauses, "Sec. 4." for sections. */
  label: z.string().nullable(),
  /** Section headings only: "Implementation". */
  heading: z.string().optional(),
  text,
});
export type OrderBlock = z.infer<typeof orderBlockSchema>;
export const orderTextSchema = z.strictObject({ blocks: z.array(orderBlockSchema).min(1) });

/** A reading translation: block ID → translated text (footnote marks kept). */
export const translationSchema = z.strictObject({ texts: z.record(anchor, text) });
export type Translation = z.infer<typeof translationSchema>;
