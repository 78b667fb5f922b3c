import { z } from 'astro/zod';

/**
 * Building blocks for the JSON Schemas (draft 2020-12) of the open-data files. Objects are closed
 * (`additionalProperties: false`) and every property is required, so a record that gains or loses a
 * field no longer validates and the open-data test fails. A field published as the content holds it
 * takes its schema from the content's Zod schema (`fromZod`); the builders below describe only what
 * the open data adds (URLs, per-language prose, lists computed from the model).
 */
export type JsonSchema = { [key: string]: unknown };

/**
 * The JSON Schema of a Zod schema, so a shape is described once (`z.toJSONSchema`, output side: what
 * a parsed record holds). `$schema` is dropped because the result is embedded in a larger schema;
 * a Zod construct that JSON Schema cannot express throws instead of silently allowing anything.
 * @example fromZod(z.enum(['a', 'b'])) // => { type: 'string', enum: ['a', 'b'] }
 */
export function fromZod(schema: z.ZodType): JsonSchema {
  const json: JsonSchema = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
  });
  delete json.$schema;
  return json;
}

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

export const str = (extra: JsonSchema = {}): JsonSchema => ({ type: 'string', ...extra });
export const int = (extra: JsonSchema = {}): JsonSchema => ({ type: 'integer', ...extra });
export const bool = (): JsonSchema => ({ type: 'boolean' });
export const date = (): JsonSchema => ({ type: 'string', format: 'date' });
export const uri = (): JsonSchema => ({ type: 'string', format: 'uri' });
export const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });
export const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
export const enumOf = (values: readonly string[]): JsonSchema => ({
  type: 'string',
  enum: [...values],
});

export function obj(properties: Record<string, JsonSchema>): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  };
}

/**
 * A content object as published with fields added: `{ number, headingEn }` of a section plus its anchor
 * and summaries. A field the content may leave out is always present in the open data, as null.
 */
export function extendZod(
  shape: Readonly<Record<string, z.ZodType>>,
  added: Record<string, JsonSchema>,
): JsonSchema {
  const published = (schema: z.ZodType) =>
    schema.safeParse(undefined).success ? nullable(fromZod(schema)) : fromZod(schema);
  return obj({
    ...Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, published(schema)])),
    ...added,
  });
}

/** A content object as `extendZod` publishes it: every field its shape may leave out present, as null. */
export function withNulls<T extends object>(
  shape: Readonly<Record<string, z.ZodType>>,
  record: T,
): T {
  const filled = { ...record } as Record<string, unknown>;
  for (const key of Object.keys(shape)) filled[key] ??= null;
  return filled as T;
}

/** The same value once per site language. */
export const perLocale = (schema: JsonSchema): JsonSchema => obj({ de: schema, en: schema });

/** The shared prose of a record: title and summary per language, plain text. */
export const textSchema = (extra: Record<string, JsonSchema> = {}): JsonSchema =>
  perLocale(obj({ title: str({ minLength: 3 }), summary: str({ minLength: 20 }), ...extra }));
