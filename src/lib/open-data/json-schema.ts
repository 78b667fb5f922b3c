/**
 * Building blocks for the JSON Schemas (draft 2020-12) of the open-data files. Objects are closed
 * (`additionalProperties: false`) and every property is required, so a record that gains or loses a
 * field no longer validates and the open-data test fails.
 */
export type JsonSchema = { [key: string]: unknown };

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

export const str = (extra: JsonSchema = {}): JsonSchema => ({ type: 'string', ...extra });
export const int = (extra: JsonSchema = {}): JsonSchema => ({ type: 'integer', ...extra });
export const bool = (): JsonSchema => ({ type: 'boolean' });
export const date = (): JsonSchema => ({ type: 'string', format: 'date' });
export const uri = (): JsonSchema => ({ type: 'string', format: 'uri' });
export const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });
export const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
export const enumOf = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: [...values] });

export function obj(properties: Record<string, JsonSchema>): JsonSchema {
  return { type: 'object', additionalProperties: false, required: Object.keys(properties), properties };
}

/** The same value once per site language. */
export const perLocale = (schema: JsonSchema): JsonSchema => obj({ de: schema, en: schema });

/** The shared prose of a record: title and summary per language, plain text. */
export const textSchema = (extra: Record<string, JsonSchema> = {}): JsonSchema =>
  perLocale(obj({ title: str({ minLength: 3 }), summary: str({ minLength: 20 }), ...extra }));
