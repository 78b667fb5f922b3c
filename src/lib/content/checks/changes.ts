import { buildLinkTargets, resolveEntityHref } from '../link-targets';
import type { ContentTree, Problem } from '../collections';
import { collector } from './shared';

/** Every change names entities that exist, and the running numbers follow the dates. */
export function checkChanges(tree: ContentTree): Problem[] {
  const { problems, add } = collector();
  const dataFile = tree.data.changes;
  if (!dataFile) return problems;
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
  return problems;
}
