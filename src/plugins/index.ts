import type { RehypePlugin, RehypePlugins, RemarkPlugin, RemarkPlugins } from '@astrojs/markdown-remark';
import { readContentTree } from '../lib/content-tree';
import { buildLinkTargets, type LinkTargets } from '../lib/link-targets';
import { de } from '../i18n/ui/de';
import { en } from '../i18n/ui/en';
import { remarkEntityLinks } from './remark-entity-links';
import { rehypeHeadingAnchors } from './rehype-heading-anchors';

/** The Markdown plugins with the project's content wired in; astro.config.mjs only passes these on. */
export function markdownPlugins(root: string) {
  let targets: LinkTargets | undefined;
  const lazyTargets = () => (targets ??= buildLinkTargets(readContentTree(root)));
  const remarkPlugins: RemarkPlugins = [[remarkEntityLinks as RemarkPlugin, { targets: lazyTargets }]];
  const rehypePlugins: RehypePlugins = [
    [rehypeHeadingAnchors as RehypePlugin, { labels: { de: de['anchor.label'], en: en['anchor.label'] } }],
  ];
  return { remarkPlugins, rehypePlugins };
}
