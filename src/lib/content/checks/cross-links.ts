import { LOCALES, type Locale } from '../../../i18n/locales';
import { buildLinkTargets, resolveEntityHref } from '../link-targets';
import type { ContentTree, Problem } from '../collections';
import { collector } from './shared';

/** Every cross-reference in a text resolves, as the Markdown plugin would resolve it. */
export function checkCrossLinks(tree: ContentTree): Problem[] {
  const { problems, add } = collector();
  const targets = buildLinkTargets(tree);
  for (const text of tree.texts) {
    if (!(LOCALES as readonly string[]).includes(text.locale)) continue;
    for (const link of text.links ?? []) {
      const result = resolveEntityHref(link.href, text.locale as Locale, targets);
      if (!result.ok) add(`${text.file}:${link.line}`, `cross-reference "${link.href}"`, result.message, result.fix);
    }
  }
  return problems;
}
