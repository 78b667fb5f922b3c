import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { createSchemas, type ReferenceFn } from '../../src/lib/content/schemas';
import { readJson } from '../helpers/content';

/** Stand-in for Astro's `reference()`: same output shape, no existence check (content-check does that). */
const reference: ReferenceFn = (collection) => z.string().transform((id) => ({ collection, id }));
const schemas = createSchemas(reference);

type Rec = Record<string, unknown>;
const measures = readJson<Rec[]>('content/data/measures.json');

describe('content schemas', () => {
  it.each([
    'pillars',
    'sections',
    'measures',
    'agencies',
    'orders',
    'prior',
    'footnotes',
    'site',
  ] as const)('accept every record in content/data/%s.json', (name) => {
    for (const record of readJson<Rec[]>(`content/data/${name}.json`)) {
      const result = schemas[name].safeParse(record);
      expect(result.success, `${name} ${String(record.id)}: ${result.error?.message}`).toBe(true);
    }
  });

  it('reject a measure without a required field', () => {
    const withoutKeyPhrase = { ...measures[0] };
    delete withoutKeyPhrase.keyPhrase;
    const result = schemas.measures.safeParse(withoutKeyPhrase);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['keyPhrase']);
  });

  it('reject an unknown field, so a typo cannot drop a fact silently', () => {
    const result = schemas.measures.safeParse({ ...measures[0], agency: ['ostp'] });
    expect(result.success).toBe(false);
  });

  it('reject malformed IDs, dates, pages and instruments', () => {
    expect(schemas.measures.safeParse({ ...measures[0], id: '1-1-1' }).success).toBe(false);
    expect(schemas.measures.safeParse({ ...measures[0], pdfPage: 29 }).success).toBe(false);
    expect(schemas.measures.safeParse({ ...measures[0], instruments: ['lobbying'] }).success).toBe(
      false,
    );
    const order = readJson<Rec[]>('content/data/orders.json')[0]!;
    const badDate = schemas.orders.safeParse({ ...order, signingDate: '23 July 2025' });
    expect(badDate.success).toBe(false);
    expect(badDate.error!.issues[0]!.message).toMatch(/ISO date/);
  });

  it('reject prose without a title or summary', () => {
    expect(schemas.texts.safeParse({ title: 'Titel' }).success).toBe(false);
    expect(
      schemas.texts.safeParse({ summary: 'Eine Zusammenfassung mit genug Zeichen.' }).success,
    ).toBe(false);
    expect(
      schemas.texts.safeParse({
        title: 'Titel',
        summary: 'Eine Zusammenfassung mit genug Zeichen.',
      }).success,
    ).toBe(true);
  });

  it('turn references into collection/ID pairs', () => {
    const parsed = schemas.measures.parse(measures[0]);
    expect(parsed.section).toEqual({ collection: 'sections', id: measures[0]!.section });
  });
});
