import type { ContentTree, DataCollection, DataFile, Problem } from '../collections';
import { collector, idIndex, type Row } from './shared';

/** Which fields of which collection point to which collection. */
const REFERENCES: Partial<Record<DataCollection, Record<string, DataCollection>>> = {
  sections: { pillar: 'pillars' },
  measures: {
    pillar: 'pillars',
    section: 'sections',
    agencies: 'agencies',
    involved: 'agencies',
    impliedActor: 'agencies',
    duplicateOf: 'measures',
    related: 'measures',
  },
  agencies: { parent: 'agencies' },
  prior: { 'fate.byOrder': 'orders', 'fate.byMeasure': 'measures', 'fate.successorAgency': 'agencies' },
  orders: { 'implements.measure': 'measures' },
  documents: { agencies: 'agencies', measures: 'measures', orders: 'orders', prior: 'prior', topics: 'topics', replaces: 'prior' },
};

/** Every record has an ID, no ID appears twice in a file, and every reference names an existing record. */
export function checkIdsAndReferences(tree: ContentTree): Problem[] {
  const { problems, add } = collector();
  const idsIn = idIndex(tree);
  for (const [name, dataFile] of Object.entries(tree.data) as [DataCollection, DataFile][]) {
    const seen = new Set<string>();
    dataFile.records.forEach((raw, index) => {
      const record = raw as Row;
      const id = record.id;
      if (typeof id !== 'string' || id === '') {
        add(dataFile.file, `[${index}].id`, 'the record has no ID', 'give every record a permanent string "id"');
        return;
      }
      if (seen.has(id))
        add(
          dataFile.file,
          `"${id}".id`,
          `the ID "${id}" appears more than once`,
          'IDs are permanent and unique: remove or renumber the second record',
        );
      seen.add(id);

      for (const [field, target] of Object.entries(REFERENCES[name] ?? {})) {
        const value = valueAt(record, field);
        const refs = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
        const known = idsIn(target);
        for (const ref of refs) {
          if (!known.has(String(ref))) {
            add(
              dataFile.file,
              `"${id}".${field}`,
              `unknown ${target} ID "${String(ref)}"`,
              `use an ID that exists in content/data/${target}.json, or add that entry there`,
            );
          }
          if (field === 'related' && ref === id)
            add(dataFile.file, `"${id}".related`, 'a measure lists itself as related', 'remove its own ID from "related"');
        }
      }
    });
  }
  return problems;
}

/** A dotted path into a record; arrays on the way are searched element by element (`implements.measure`). */
function valueAt(record: Row, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => {
    if (Array.isArray(v)) return v.map((x) => (x as Row | undefined)?.[key]);
    return (v as Row | undefined)?.[key];
  }, record);
}
