import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import type { Locale } from '../i18n/locales';
import { glossaryTermPath } from '../lib/routes/urls';
import { localeOfFile } from './locale-of-file';

export interface GlossaryTerm {
  id: string;
  match: Record<Locale, string[]>;
}

export interface RehypeGlossaryLinksOptions {
  terms: () => GlossaryTerm[];
}

/** Elements whose text is never turned into a glossary link. */
const SKIPPED = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'blockquote']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(terms: GlossaryTerm[], locale: Locale): { id: string; pattern: RegExp }[] {
  return terms
    .map((t) => ({ id: t.id, forms: [...t.match[locale]].sort((a, b) => b.length - a.length) }))
    .filter((t) => t.forms.length > 0)
    .map((t) => ({
      id: t.id,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}-])(?:${t.forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
        'u',
      ),
    }));
}

/**
 * Links the first occurrence of each glossary term in a text to its glossary entry, so a reader meets
 * the explanation where the term first appears. Only whole words match; links, headings and
 * quotations are left as they are; glossary entries do not link to themselves.
 */
export function rehypeGlossaryLinks(options: RehypeGlossaryLinksOptions) {
  // One pattern per term and language, compiled on first use rather than for every text.
  const compiled: Partial<Record<Locale, { id: string; pattern: RegExp }[]>> = {};
  return function transformer(tree: Root, file: VFile) {
    const path = (file.path || file.history[0] || '').replace(/\\/g, '/');
    const locale = localeOfFile(path);
    if (!locale || /\/content\/text\/[a-z]{2}\/glossary\//.test(path)) return;
    const pending = [...(compiled[locale] ??= compile(options.terms(), locale))];

    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && SKIPPED.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined || pending.length === 0) return;
      const text = node.value;
      let best: { term: (typeof pending)[number]; at: number; length: number } | undefined;
      for (const term of pending) {
        const m = term.pattern.exec(text);
        if (m && (!best || m.index < best.at)) best = { term, at: m.index, length: m[0].length };
      }
      if (!best) return;
      pending.splice(pending.indexOf(best.term), 1);
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['term'], href: glossaryTermPath(best.term.id, locale) },
        children: [{ type: 'text', value: text.slice(best.at, best.at + best.length) }],
      };
      const replacement: ElementContent[] = [
        ...(best.at > 0 ? [{ type: 'text', value: text.slice(0, best.at) } as Text] : []),
        link,
        { type: 'text', value: text.slice(best.at + best.length) },
      ];
      parent.children.splice(index, 1, ...replacement);
      // Continue with the remainder, which may hold other terms.
      return index + replacement.length - 1;
    });
  };
}
