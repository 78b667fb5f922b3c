import type { Locale } from '../../../i18n/locales';
import type { ContentTree, DataFile, Problem } from '../collections';

/** A check of the whole content: pure, it returns problems that each name the file, the field and the fix. */
export type ContentCheck = (tree: ContentTree) => Problem[];

export type Row = Record<string, unknown>;

export const LANGUAGE_NAME: Record<Locale, string> = { de: 'German', en: 'English' };

/** The IDs of a data file's records: `idsOf(tree.data.measures).has('1.3.2')`. */
export function idsOf(file: DataFile | undefined): Set<string> {
  return new Set((file?.records ?? []).map((r) => String((r as Row).id)));
}

/** A problem list and the function that adds to it, for checks that collect several. */
export function collector(): { problems: Problem[]; add: (file: string, field: string, message: string, fix: string) => void } {
  const problems: Problem[] = [];
  return { problems, add: (file, field, message, fix) => problems.push({ file, field, message, fix }) };
}
