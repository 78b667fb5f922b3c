import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Locale } from '../i18n/locales';
import { localeOfFile } from './locale-of-file';

export interface RehypeHeadingAnchorsOptions {
  /** Accessible name of the self-link, per locale ("Link to this section"). */
  labels: Record<Locale, string>;
  /** Heading ranks that get anchors. */
  ranks?: number[];
}

/**
 * Gives every heading in prose a stable `id` and a visible self-link, so any part of a page can be
 * cited. Existing IDs are kept: an ID, once published, is part of a URL.
 */
export function rehypeHeadingAnchors(options: RehypeHeadingAnchorsOptions) {
  const ranks = new Set((options.ranks ?? [2, 3, 4]).map((r) => `h${r}`));
  return function transformer(tree: Root, file: VFile) {
    const locale = localeOfFile(file.path || file.history[0]) ?? 'en';
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!ranks.has(node.tagName)) return;
      const text = toText(node).trim();
      const existing = node.properties.id;
      const id = typeof existing === 'string' && existing ? existing : slugger.slug(text);
      node.properties.id = id;
      node.children.push({
        type: 'element',
        tagName: 'a',
        // No text inside: the '#' comes from CSS and the name from aria-label, so Pagefind's sub-result
        // titles read as the heading alone ("Remove red tape", not "Remove red tape#Link to …").
        properties: {
          className: ['anchor-link'],
          href: `#${id}`,
          dataPagefindIgnore: '',
          ariaLabel: `${options.labels[locale]}: ${text}`,
        },
        children: [],
      });
    });
  };
}
