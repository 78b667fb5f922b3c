import { buildLinkTargets, resolveEntityHref } from '../link-targets';
import type { ContentTree, Problem } from '../collections';
import { collector } from './shared';

/** Every claim of the comparison points to an existing provision, and every language states every claim. */
export function checkTopics(tree: ContentTree): Problem[] {
  const { problems, add } = collector();
  const dataFile = tree.data.topics;
  if (!dataFile) return problems;
  const targets = buildLinkTargets(tree);
  const textsOf = new Map<string, ContentTree['texts']>();
  for (const text of tree.texts) {
    if (text.collection !== 'topics') continue;
    const texts = textsOf.get(text.id);
    if (texts) texts.push(text);
    else textsOf.set(text.id, [text]);
  }
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
    for (const text of textsOf.get(topic.id) ?? []) {
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
  return problems;
}
