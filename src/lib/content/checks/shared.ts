import type { Locale } from '../../../i18n/locales';
import type { ContentTree, DataCollection, DataFile, Problem } from '../collections';

/** A check of the whole content: pure, it returns problems that each name the file, the field and the fix. */
export type ContentCheck = (tree: ContentTree) => Problem[];

export type Row = Record<string, unknown>;

export const LANGUAGE_NAME: Record<Locale, string> = { de: 'German', en: 'English' };

/** The IDs of a data file's records: `idsOf(tree.data.measures).has('1.3.2')`. */
export function idsOf(file: DataFile | undefined): Set<string> {
  return new Set((file?.records ?? []).map((r) => String((r as Row).id)));
}

/**
 * The IDs of the tree's data files for one check run: each collection's set is built the first time
 * it is asked for and then reused, so a check that looks up IDs per record or per text stays linear.
 * `const ids = idIndex(tree); ids('measures').has('1.3.2')`
 */
export function idIndex(tree: ContentTree): (collection: DataCollection) => Set<string> {
  const built = new Map<DataCollection, Set<string>>();
  return (collection) => {
    let ids = built.get(collection);
    if (!ids) {
      ids = idsOf(tree.data[collection]);
      built.set(collection, ids);
    }
    return ids;
  };
}

/** A problem list and the function that adds to it, for checks that collect several. */
export function collector(): { problems: Problem[]; add: (file: string, field: string, message: string, fix: string) => void } {
  const problems: Problem[] = [];
  return { problems, add: (file, field, message, fix) => problems.push({ file, field, message, fix }) };
}
