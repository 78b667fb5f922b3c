import { DATA_COLLECTIONS, type ContentTree, type Problem } from '../collections';
import { collector } from './shared';

/** Every data collection has its file in content/data/. */
export function checkDataFiles(tree: ContentTree): Problem[] {
  const { problems, add } = collector();
  for (const name of DATA_COLLECTIONS) {
    if (!tree.data[name])
      add(
        `content/data/${name}.json`,
        '(file)',
        'the data file is missing',
        `create content/data/${name}.json (scripts/import-reference.mjs writes it)`,
      );
  }
  return problems;
}
