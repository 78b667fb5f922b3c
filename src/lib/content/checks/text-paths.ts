import { LOCALES } from '../../../i18n/locales';
import { PROSE_COLLECTIONS, PROSE_PAGES, type ContentTree, type DataCollection, type Problem } from '../collections';
import { collector, idIndex } from './shared';

/** Every text lies under a site language, in a collection with prose, and belongs to an existing record or page. */
export function checkTextPaths(tree: ContentTree): Problem[] {
  const { problems, add } = collector();
  const idsIn = idIndex(tree);
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
    if (!idsIn(text.collection as DataCollection).has(text.id)) {
      add(
        text.file,
        '(path)',
        `no ${text.collection} entry has the ID "${text.id}"`,
        `rename the file to an ID from content/data/${text.collection}.json, or remove it`,
      );
    }
  }
  return problems;
}
