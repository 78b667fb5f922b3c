import type { Link, Parent, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { displayPath, localeOfFile } from './locale-of-file';

/**
 * One way to quote the English original: `… verhindern ([prevent the premature decommissioning …](quote:15)).`
 * The quotation follows the sentence that says it in the page's language, in brackets with its
 * locator, and is marked `lang="en"` for screen readers:
 *
 * - German: `(„<span lang="en">prevent …</span>“, S. 15)`
 * - English: `(“prevent …”, p. 15)`
 *
 * A quotation outside brackets is an author error: it would be built into the sentence.
 *
 * The locator is a printed page of the plan (`quote:15`), a section of an order (`quote:sec-3` →
 * "Sec. 3", `quote:sec-4-b` → "Sec. 4(b)") or nothing (`quote:-`).
 */
export function remarkQuotations() {
  return function transformer(tree: Root, file: VFile) {
    const path = file.path || file.history[0];
    visit(tree, 'link', (node: Link, index: number | undefined, parent: Parent | undefined) => {
      if (!node.url.startsWith('quote:') || !parent || index === undefined) return;
      const locale = localeOfFile(path) ?? 'en';
      const locator = locatorOf(node.url.slice('quote:'.length), locale);
      if (locator === undefined) {
        const line = node.position ? `:${node.position.start.line}` : '';
        throw new Error(
          `${displayPath(path)}${line}: quotation "${node.url}" has an unknown locator.\n  Fix: write quote:<printed page> (quote:15), quote:sec-3, quote:sec-4-b or quote:-.`,
        );
      }
      const before = parent.children[index - 1];
      const after = parent.children[index + 1];
      if (
        before?.type !== 'text' ||
        !before.value.endsWith('(') ||
        after?.type !== 'text' ||
        !after.value.startsWith(')')
      ) {
        const line = node.position ? `:${node.position.start.line}` : '';
        throw new Error(
          `${displayPath(path)}${line}: quotation "${node.url}" is not in brackets after the sentence.\n  Fix: say it in the sentence and put the original after it: … verhindern ([prevent …](quote:15)).`,
        );
      }
      const [open, close] = locale === 'de' ? ['„', '“'] : ['“', '”'];
      const quoted: PhrasingContent = {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { lang: 'en', className: ['quote-en'] } },
        children: node.children,
      };
      const parts: PhrasingContent[] = [
        { type: 'text', value: open },
        quoted,
        { type: 'text', value: `${close}${locator ? `, ${locator}` : ''}` },
      ];
      parent.children.splice(index, 1, ...(parts as Parent['children']));
      return index + parts.length;
    });
  };
}

/**
 * @example locatorOf('15', 'de') // => 'S. 15'
 * @example locatorOf('sec-4-b', 'en') // => 'Sec. 4(b)'
 */
export function locatorOf(raw: string, locale: string): string | undefined {
  if (raw === '-') return '';
  if (/^\d+(-\d+)?$/.test(raw))
    return `${locale === 'de' ? 'S.' : raw.includes('-') ? 'pp.' : 'p.'} ${raw.replace('-', '–')}`;
  const sec = /^sec-(\d+)((?:-[a-z0-9]+)*)$/.exec(raw);
  if (sec)
    return `Sec. ${sec[1]}${sec[2]!
      .split('-')
      .filter(Boolean)
      .map((x) => `(${x})`)
      .join('')}`;
  return undefined;
}
