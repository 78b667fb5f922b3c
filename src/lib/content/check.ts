import { LOCALES, type Locale } from '../../i18n/locales';
import { buildLinkTargets, resolveEntityHref } from './link-targets';
import { sitePagePaths, type EntitiesByKind } from '../routes/site-pages';
import { checkRedirects } from './redirects';
import {
  DATA_COLLECTIONS,
  ENTITY_KINDS,
  PROSE_COLLECTIONS,
  PROSE_PAGES,
  entityCollection,
  type ContentTree,
  type DataCollection,
  type DataFile,
  type Problem,
} from './collections';

/**
 * Cross-file checks that Zod cannot do on one entry at a time: unique IDs, references that point
 * to existing entries, a text in every language for every entity, and quotations that really occur
 * in the original. Pure: it takes the content as data and returns problems, each naming the file,
 * the field and the fix.
 */
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

const LANGUAGE_NAME: Record<Locale, string> = { de: 'German', en: 'English' };

type Row = Record<string, unknown>;

function idsOf(file: DataFile | undefined): Set<string> {
  return new Set((file?.records ?? []).map((r) => String((r as Row).id)));
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}\n  Fix: ${p.fix}`;
}

export function checkContent(tree: ContentTree): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string, fix: string) => problems.push({ file, field, message, fix });

  for (const name of DATA_COLLECTIONS) {
    if (!tree.data[name])
      add(
        `content/data/${name}.json`,
        '(file)',
        'the data file is missing',
        `create content/data/${name}.json (scripts/import-reference.mjs writes it)`,
      );
  }

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
        const known = idsOf(tree.data[target]);
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

  const sections = new Map((tree.data.sections?.records ?? []).map((r) => [String((r as Row).id), r as Row]));
  for (const raw of tree.data.measures?.records ?? []) {
    const m = raw as Row;
    const file = tree.data.measures!.file;
    const section = sections.get(String(m.section));
    if (section && section.pillar !== m.pillar) {
      add(
        file,
        `"${String(m.id)}".pillar`,
        `pillar "${String(m.pillar)}" does not match its section ${String(m.section)} (pillar "${String(section.pillar)}")`,
        'set "pillar" to the pillar of its section',
      );
    }
    if (typeof m.id === 'string' && typeof m.section === 'string' && !m.id.startsWith(`${m.section}.`)) {
      add(
        file,
        `"${m.id}".section`,
        `measure ${m.id} is filed under section ${m.section}`,
        'a measure ID starts with its section ID (1.3.2 belongs to 1.3)',
      );
    }
    if (typeof m.keyPhrase === 'string' && typeof m.originalText === 'string' && !m.originalText.includes(m.keyPhrase)) {
      add(
        file,
        `"${String(m.id)}".keyPhrase`,
        'the key phrase does not occur word for word in the original text',
        'copy the key phrase exactly from "originalText" (it is shown as a quotation)',
      );
    }
  }

  const texts = new Set(tree.texts.map((t) => `${t.locale}/${t.collection}/${t.id}`));
  for (const collection of PROSE_COLLECTIONS) {
    const ids = idsOf(tree.data[collection]);
    for (const id of [...ids].sort()) {
      for (const locale of LOCALES) {
        if (!texts.has(`${locale}/${collection}/${id}`)) {
          add(
            `content/text/${locale}/${collection}/${id}.md`,
            '(file)',
            `the ${LANGUAGE_NAME[locale]} text for ${collection} "${id}" is missing`,
            `write content/text/${locale}/${collection}/${id}.md with front matter "title" and "summary" and a body`,
          );
        }
      }
    }
  }
  for (const page of PROSE_PAGES) {
    for (const locale of LOCALES) {
      if (!texts.has(`${locale}/pages/${page}`))
        add(
          `content/text/${locale}/pages/${page}.md`,
          '(file)',
          `the ${LANGUAGE_NAME[locale]} text of the ${page} page is missing`,
          `write content/text/${locale}/pages/${page}.md`,
        );
    }
  }
  for (const text of tree.texts) {
    if (!(LOCALES as readonly string[]).includes(text.locale)) {
      add(
        text.file,
        '(path)',
        `"${text.locale}" is not a site language`,
        `move the file under content/text/${LOCALES.join('/ or content/text/')}/`,
      );
      continue;
    }
    if (text.collection === 'pages') {
      if (!(PROSE_PAGES as readonly string[]).includes(text.id))
        add(text.file, '(path)', `there is no page "${text.id}"`, `use one of: ${PROSE_PAGES.join(', ')}`);
      continue;
    }
    if (!(PROSE_COLLECTIONS as readonly string[]).includes(text.collection)) {
      add(text.file, '(path)', `"${text.collection}" is not a collection with prose`, `use one of: ${PROSE_COLLECTIONS.join(', ')}, pages`);
      continue;
    }
    if (!idsOf(tree.data[text.collection as DataCollection]).has(text.id)) {
      add(
        text.file,
        '(path)',
        `no ${text.collection} entry has the ID "${text.id}"`,
        `rename the file to an ID from content/data/${text.collection}.json, or remove it`,
      );
    }
  }
  checkDocumentSections(tree, add);
  checkTopics(tree, add);
  checkChanges(tree, add);
  if (tree.redirects) problems.push(...checkRedirects(tree.redirects.records, sitePagePaths(entitiesOf(tree)), tree.redirects.file));
  checkCrossLinks(tree, add);
  return problems;
}

function entitiesOf(tree: ContentTree): EntitiesByKind {
  const entities: Partial<EntitiesByKind> = {};
  for (const kind of ENTITY_KINDS) entities[kind] = [...idsOf(tree.data[entityCollection(kind)])].map((id) => ({ id }));
  return entities as EntitiesByKind;
}

/** Every change names entities that exist, and the running numbers follow the dates. */
function checkChanges(tree: ContentTree, add: (file: string, field: string, message: string, fix: string) => void) {
  const dataFile = tree.data.changes;
  if (!dataFile) return;
  const targets = buildLinkTargets(tree);
  const changes = dataFile.records as { id: string; number?: number; date?: string; entities?: string[] }[];
  for (const change of changes) {
    for (const ref of change.entities ?? []) {
      const result = resolveEntityHref(ref, 'en', targets);
      if (!result.ok) add(dataFile.file, `"${change.id}".entities`, `"${ref}": ${result.message}`, result.fix);
    }
  }
  const byNumber = [...changes].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  byNumber.forEach((change, i) => {
    const before = byNumber[i - 1];
    if (!before) return;
    if (before.number === change.number)
      add(
        dataFile.file,
        `"${change.id}".number`,
        `number ${change.number} is also used by "${before.id}"`,
        'give each change the next free number',
      );
    else if ((before.date ?? '') > (change.date ?? ''))
      add(
        dataFile.file,
        `"${change.id}".number`,
        `change ${change.number} is dated ${change.date}, before change ${before.number} (${before.date})`,
        'number the changes in the order of their dates',
      );
  });
}

/** Orders and instruments summarise every section of the document, and orders every deadline, in every language. */
function checkDocumentSections(tree: ContentTree, add: (file: string, field: string, message: string, fix: string) => void) {
  for (const collection of ['orders', 'prior'] as const) {
    const records = new Map((tree.data[collection]?.records ?? []).map((r) => [String((r as Row).id), r as Row]));
    for (const text of tree.texts.filter((t) => t.collection === collection)) {
      const record = records.get(text.id);
      if (!record) continue;
      const expected = ((record.sections as { number: string }[] | undefined) ?? []).map((s) => s.number);
      const given = text.sectionKeys ?? [];
      const missing = expected.filter((n) => !given.includes(n));
      const extra = given.filter((n) => !expected.includes(n));
      if (missing.length > 0)
        add(
          text.file,
          'sections',
          `no summary for section(s) ${missing.join(', ')}`,
          `add "${missing[0]}": "…" under "sections" in the front matter`,
        );
      if (extra.length > 0)
        add(
          text.file,
          'sections',
          `section(s) ${extra.join(', ')} do not exist in content/data/${collection}.json`,
          'remove them or correct the section number',
        );
      const deadlines = ((record.deadlines as { key: string }[] | undefined) ?? []).map((d) => d.key);
      const givenDeadlines = text.deadlineKeys ?? [];
      const missingDeadlines = deadlines.filter((k) => !givenDeadlines.includes(k));
      const extraDeadlines = givenDeadlines.filter((k) => !deadlines.includes(k));
      if (missingDeadlines.length > 0)
        add(
          text.file,
          'deadlines',
          `no text for deadline(s) ${missingDeadlines.map((k) => `"${k}"`).join(', ')}`,
          `add "${missingDeadlines[0]}": "who must deliver what" under "deadlines"`,
        );
      if (extraDeadlines.length > 0)
        add(
          text.file,
          'deadlines',
          `unknown deadline key(s) ${extraDeadlines.map((k) => `"${k}"`).join(', ')}`,
          `use the keys of "deadlines" in content/data/${collection}.json`,
        );
    }
  }
}

/** Every cross-reference in a text resolves, as the Markdown plugin would resolve it. */
function checkCrossLinks(tree: ContentTree, add: (file: string, field: string, message: string, fix: string) => void) {
  const targets = buildLinkTargets(tree);
  for (const text of tree.texts) {
    if (!(LOCALES as readonly string[]).includes(text.locale)) continue;
    for (const link of text.links ?? []) {
      const result = resolveEntityHref(link.href, text.locale as Locale, targets);
      if (!result.ok) add(`${text.file}:${link.line}`, `cross-reference "${link.href}"`, result.message, result.fix);
    }
  }
}

/** Every claim of the comparison points to an existing provision, and every language states every claim. */
function checkTopics(tree: ContentTree, add: (file: string, field: string, message: string, fix: string) => void) {
  const dataFile = tree.data.topics;
  if (!dataFile) return;
  const targets = buildLinkTargets(tree);
  for (const raw of dataFile.records) {
    const topic = raw as { id: string; rows?: { prior: string[]; current: string[] }[]; orders?: string[] };
    const refs: [string, string][] = [
      ...(topic.rows ?? []).flatMap((row, i) => [
        ...row.prior.map((r): [string, string] => [`rows[${i}].prior`, r]),
        ...row.current.map((r): [string, string] => [`rows[${i}].current`, r]),
      ]),
      ...(topic.orders ?? []).map((r): [string, string] => ['orders', r]),
    ];
    for (const [field, ref] of refs) {
      const result = resolveEntityHref(ref, 'en', targets);
      if (!result.ok) add(dataFile.file, `"${topic.id}".${field}`, `"${ref}": ${result.message}`, result.fix);
    }
    for (const text of tree.texts.filter((t) => t.collection === 'topics' && t.id === topic.id)) {
      const rows = text.rows ?? [];
      if (rows.length !== (topic.rows ?? []).length) {
        add(
          text.file,
          'rows',
          `${rows.length} claim row(s), but content/data/topics.json has ${(topic.rows ?? []).length}`,
          'write one row (prior, current) per row of the data, in the same order',
        );
        continue;
      }
      rows.forEach((row, i) => {
        if (topic.rows![i]!.prior.length > 0 !== row.prior.trim().length > 0) {
          add(
            text.file,
            `rows[${i}].prior`,
            'the prior claim and its provisions must both be present or both be empty',
            'write the claim for the listed provisions, or leave both empty where nothing comparable existed',
          );
        }
      });
    }
  }
}

/** A dotted path into a record; arrays on the way are searched element by element (`implements.measure`). */
function valueAt(record: Row, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => {
    if (Array.isArray(v)) return v.map((x) => (x as Row | undefined)?.[key]);
    return (v as Row | undefined)?.[key];
  }, record);
}
