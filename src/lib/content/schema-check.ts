import { z } from 'astro/zod';
import { DATA_COLLECTIONS, type ContentTree, type Problem } from './collections';
import { createSchemas, type ReferenceFn } from './schemas';

/** References resolve in the content check; here an ID only has to be a string. */
const idOnly: ReferenceFn = (collection) => z.string().transform((id) => ({ collection, id }));
const schemas = createSchemas(idOnly);

/**
 * Runs the data files through the same Zod schemas as the content config, before Astro does, so a
 * malformed record is reported like every other content problem: file, field, fix. (Astro's own
 * report names the entry but not the fix.)
 */
export function checkSchemas(tree: ContentTree): Problem[] {
  const problems: Problem[] = [];
  for (const name of DATA_COLLECTIONS) {
    const dataFile = tree.data[name];
    if (!dataFile) continue;
    dataFile.records.forEach((record, index) => {
      const result = schemas[name].safeParse(record);
      if (result.success) return;
      const id = (record as { id?: unknown }).id;
      const at = typeof id === 'string' ? `"${id}"` : `[${index}]`;
      for (const issue of result.error.issues) {
        const field = [at, ...issue.path.map(String)].join('.');
        problems.push({ file: dataFile.file, field, message: issue.message, fix: fixFor(issue) });
      }
    });
  }
  return problems;
}

/** A fix hint from the kind of Zod issue. */
export function fixFor(issue: z.core.$ZodIssue): string {
  const name = String(issue.path.at(-1) ?? 'the value');
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `add the required field "${name}" (${issue.expected})` : `make "${name}" a ${issue.expected}`;
    case 'unrecognized_keys':
      return `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}: the schema in src/lib/schemas.ts does not know it`;
    case 'invalid_value':
      return `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
    case 'too_small':
    case 'too_big':
      return `correct "${name}": it ${issue.message.startsWith('must') ? issue.message : `must satisfy: ${issue.message}`}`;
    default:
      return `correct "${name}" as the schema in src/lib/schemas.ts requires`;
  }
}
