import { LOCALES } from '../../../i18n/locales';
import { PROSE_COLLECTIONS, PROSE_PAGES, type ContentTree, type Problem } from '../collections';
import { collector, idsOf, LANGUAGE_NAME } from './shared';

/** Every entity with prose and every prose page has a text in every language. */
export function checkTextsPresent(tree: ContentTree): Problem[] {
  const { problems, add } = collector();
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
  return problems;
}
