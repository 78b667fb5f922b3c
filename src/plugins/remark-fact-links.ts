import type { Link, Parent, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { isFactHref, resolveFact, type FactLevels, type FactRef } from '../lib/content/certainty';
import { certaintyMarker } from '../lib/views/certainty';
import { documentPath, entityPath } from '../lib/routes/urls';
import type { Locale } from '../i18n/locales';
import { displayPath, localeOfFile } from './locale-of-file';

export interface RemarkFactLinksOptions {
  /** Every fact's verification level; a function so the data is read when the first file is processed. */
  levels: () => FactLevels;
}

/** Where a fact is shown with its sources: the facts box of its page. */
function factPath(ref: FactRef, locale: Locale): string {
  return ref.kind === 'document'
    ? documentPath(ref.id, locale, 'facts')
    : entityPath(ref.kind, ref.id, locale, 'facts');
}

/**
 * A fact stated in prose with its certainty from the data: `[3 April 2025](fact:document:omb-m-25-21#date)`
 * becomes a link to the facts box of that page and, where the level is not settled, the same marker
 * the facts boxes show (`src/components/Certainty.astro`): `3 April 2025 [secondary sources]`. An
 * unknown entity or fact is an author error: the build stops with the file, the link and the fix.
 */
export function remarkFactLinks(options: RemarkFactLinksOptions) {
  return function transformer(tree: Root, file: VFile) {
    const path = file.path || file.history[0];
    visit(tree, 'link', (node: Link, index: number | undefined, parent: Parent | undefined) => {
      if (!isFactHref(node.url) || !parent || index === undefined) return;
      const line = node.position ? `:${node.position.start.line}` : '';
      const locale = localeOfFile(path);
      if (!locale) {
        throw new Error(
          `${displayPath(path)}${line}: fact link "${node.url}" is outside content/text/<locale>/, so its language is unknown.\n  Fix: move the file under content/text/de/ or content/text/en/.`,
        );
      }
      const result = resolveFact(node.url, options.levels());
      if (!result.ok)
        throw new Error(
          `${displayPath(path)}${line}: fact link "${node.url}": ${result.message}.\n  Fix: ${result.fix}.`,
        );
      node.url = factPath(result.ref, locale);
      const marker = certaintyMarker(result.level, locale);
      if (!marker) return index + 1;
      const markup: PhrasingContent = {
        type: 'emphasis',
        data: {
          hName: 'span',
          hProperties: { className: ['certainty', `certainty-${marker.level}`] },
        },
        children: [
          { type: 'text', value: '[' },
          {
            type: 'link',
            url: marker.href,
            title: marker.description,
            children: [
              {
                type: 'emphasis',
                data: { hName: 'span', hProperties: { className: ['visually-hidden'] } },
                children: [{ type: 'text', value: `${marker.prefix}: ` }],
              },
              { type: 'text', value: marker.label },
            ],
          },
          { type: 'text', value: ']' },
        ],
      };
      parent.children.splice(
        index + 1,
        0,
        { type: 'text', value: ' ' },
        markup as Parent['children'][number],
      );
      return index + 3;
    });
  };
}
