import type { Link, Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import {
  agencyIdOf,
  glossSuffix,
  mentionedAgencies,
  type GlossAgency,
} from '../lib/editorial/agency-mentions';
import { localeOfFile } from './locale-of-file';

export interface RemarkAgencyMentionsOptions {
  /** The agencies by ID; a function so the data is read when the first file is processed. */
  agencies: () => ReadonlyMap<string, GlossAgency>;
}

/**
 * Glosses the first mention of each agency on a German page: `[OMB](agency:omb)` becomes the link
 * followed by „(Haushalts- und Verwaltungsamt des Weißen Hauses)“ from `agencies.json`. An agency the
 * summary already mentioned is not glossed again. Runs before `remark-entity-links`, which turns
 * the `agency:` target into a URL; an unknown ID is left for that plugin to report.
 */
export function remarkAgencyMentions(options: RemarkAgencyMentionsOptions) {
  return function transformer(tree: Root, file: VFile) {
    const locale = localeOfFile(file.path || file.history[0]);
    if (locale !== 'de') return;
    const agencies = options.agencies();
    const frontmatter = (file.data as { astro?: { frontmatter?: { summary?: unknown } } }).astro
      ?.frontmatter;
    const seen = new Set(
      typeof frontmatter?.summary === 'string' ? mentionedAgencies(frontmatter.summary) : [],
    );
    visit(tree, 'link', (node: Link, index: number | undefined, parent: Parent | undefined) => {
      const id = agencyIdOf(node.url);
      if (!id || seen.has(id)) return;
      seen.add(id);
      const agency = agencies.get(id);
      if (!agency || !parent || index === undefined) return;
      const label = node.children.map((c) => ('value' in c ? c.value : '')).join('');
      const suffix = glossSuffix(label, agency, locale);
      if (!suffix) return;
      const next = parent.children[index + 1];
      if (next?.type === 'text') next.value = suffix + next.value;
      else parent.children.splice(index + 1, 0, { type: 'text', value: suffix } as Text);
    });
  };
}
