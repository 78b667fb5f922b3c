import type { Link, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { isEntityHref, resolveEntityHref, type LinkTargets } from '../lib/content/link-targets';
import { displayPath, localeOfFile } from './locale-of-file';

export interface RemarkEntityLinksOptions {
  /** Existing IDs and anchors; a function so the targets are read when the first file is processed. */
  targets: () => LinkTargets;
}

/**
 * Turns `[text](measure:1.3.2)` into the localized URL of that entity. An agency without a page
 * (`content/data/other-agencies.json`) becomes its text. An unknown ID or anchor is an author error:
 * the build stops with the file, the reference and the fix.
 */
export function remarkEntityLinks(options: RemarkEntityLinksOptions) {
  return function transformer(tree: Root, file: VFile) {
    const path = file.path || file.history[0];
    visit(tree, 'link', (node: Link, index: number | undefined, parent: Parent | undefined) => {
      if (!isEntityHref(node.url)) return;
      const locale = localeOfFile(path);
      if (!locale) {
        throw new Error(
          `${displayPath(path)}: cross-reference "${node.url}" is outside content/text/<locale>/, so its language is unknown.\n  Fix: move the file under content/text/de/ or content/text/en/, or use a plain path.`,
        );
      }
      const result = resolveEntityHref(node.url, locale, options.targets());
      if (!result.ok) {
        const line = node.position ? `:${node.position.start.line}` : '';
        throw new Error(
          `${displayPath(path)}${line}: cross-reference "${node.url}": ${result.message}.\n  Fix: ${result.fix}.`,
        );
      }
      if (result.url !== null) {
        node.url = result.url;
        return;
      }
      if (!parent || index === undefined) return;
      parent.children.splice(index, 1, ...node.children);
      return index + node.children.length;
    });
  };
}
