import type {
  RehypePlugin,
  RehypePlugins,
  RemarkPlugin,
  RemarkPlugins,
} from '@astrojs/markdown-remark';
import { GLOSSED_AGENCY_COLLECTIONS, type ContentTree } from '../lib/content/collections';
import { readContentTree } from '../lib/content/tree';
import { buildLinkTargets, type LinkTargets } from '../lib/content/link-targets';
import { de } from '../i18n/ui/de';
import { en } from '../i18n/ui/en';
import { remarkEntityLinks } from './remark-entity-links';
import { remarkAgencyMentions } from './remark-agency-mentions';
import { remarkQuotations } from './remark-quotations';
import { remarkFactLinks } from './remark-fact-links';
import { buildFactLevels, type FactLevels } from '../lib/content/certainty';
import type { GlossAgency } from '../lib/editorial/agency-mentions';
import { rehypeHeadingAnchors } from './rehype-heading-anchors';
import { rehypeGlossaryLinks, type GlossaryTerm } from './rehype-glossary-links';

/** The Markdown plugins with the project's content wired in; astro.config.mjs only passes these on. */
export function markdownPlugins(root: string) {
  let tree: ContentTree | undefined;
  let targets: LinkTargets | undefined;
  const content = () => (tree ??= readContentTree(root));
  const lazyTargets = () => (targets ??= buildLinkTargets(content()));
  let facts: FactLevels | undefined;
  const levels = () => (facts ??= buildFactLevels(content()));
  const terms = () => (content().data.glossary?.records ?? []) as GlossaryTerm[];
  let agencyMap: Map<string, GlossAgency> | undefined;
  const glossAgencies = () =>
    GLOSSED_AGENCY_COLLECTIONS.flatMap((c) => content().data[c]?.records ?? []) as GlossAgency[];
  const agencies = () => (agencyMap ??= new Map(glossAgencies().map((a) => [a.id, a])));
  const remarkPlugins: RemarkPlugins = [
    [remarkQuotations as RemarkPlugin, {}],
    [remarkAgencyMentions as RemarkPlugin, { agencies }],
    [remarkFactLinks as RemarkPlugin, { levels }],
    [remarkEntityLinks as RemarkPlugin, { targets: lazyTargets }],
  ];
  const rehypePlugins: RehypePlugins = [
    [rehypeGlossaryLinks as RehypePlugin, { terms }],
    [
      rehypeHeadingAnchors as RehypePlugin,
      { labels: { de: de['anchor.label'], en: en['anchor.label'] } },
    ],
  ];
  return { remarkPlugins, rehypePlugins };
}
