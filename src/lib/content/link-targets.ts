import type { Locale } from '../../i18n/locales';
import {
  AGENCY_ANCHORS,
  MEASURE_ANCHORS,
  ORDER_ANCHORS,
  PILLAR_ANCHORS,
  PRIOR_ANCHORS,
  rowAnchor,
  SECTION_ANCHORS,
  sectionAnchor,
  TOPIC_ANCHORS,
} from './anchors';
import type { ContentTree } from './check';
import { ENTITY_COLLECTIONS } from './entity-collections';
import { entityPath, glossaryTermPath, pagePath, STATIC_PAGES, type EntityKind, type StaticPage } from '../routes/urls';

/** For each link scheme, the IDs that exist and the anchors each page offers. */
export type LinkTargets = Record<EntityKind | 'page' | 'glossary', Map<string, Set<string>>>;

const FIXED_ANCHORS: Record<EntityKind, readonly string[]> = {
  pillar: PILLAR_ANCHORS,
  section: SECTION_ANCHORS,
  measure: MEASURE_ANCHORS,
  order: ORDER_ANCHORS,
  prior: PRIOR_ANCHORS,
  agency: AGENCY_ANCHORS,
  topic: TOPIC_ANCHORS,
};

export function buildLinkTargets(tree: ContentTree): LinkTargets {
  const targets = { page: new Map(Object.keys(STATIC_PAGES).map((p) => [p, new Set<string>()])) } as LinkTargets;
  for (const [kind, collection] of Object.entries(ENTITY_COLLECTIONS) as [EntityKind, keyof ContentTree['data']][]) {
    const map = new Map<string, Set<string>>();
    for (const raw of tree.data[collection]?.records ?? []) {
      const record = raw as { id: string; sections?: { number: string }[]; rows?: unknown[] };
      const anchors = new Set<string>(FIXED_ANCHORS[kind]);
      for (const s of record.sections ?? []) anchors.add(sectionAnchor(s.number));
      (record.rows ?? []).forEach((_, i) => anchors.add(rowAnchor(i)));
      map.set(String(record.id), anchors);
    }
    targets[kind] = map;
  }
  targets.glossary = new Map((tree.data.glossary?.records ?? []).map((r) => [String((r as { id: string }).id), new Set<string>()]));
  return targets;
}

export const LINK_SCHEMES = ['pillar', 'section', 'measure', 'order', 'prior', 'agency', 'topic', 'page', 'glossary'] as const;
const SCHEME_PATTERN = new RegExp(`^(${LINK_SCHEMES.join('|')}):([^#\\s]*)(?:#(.*))?$`);

export type LinkResolution = { ok: true; url: string } | { ok: false; message: string; fix: string };

/** Whether an href uses our entity scheme (`measure:1.3.2`) rather than being a normal URL. */
export function isEntityHref(href: string): boolean {
  return SCHEME_PATTERN.test(href);
}

export function resolveEntityHref(href: string, locale: Locale, targets: LinkTargets): LinkResolution {
  const match = href.match(SCHEME_PATTERN);
  if (!match)
    return {
      ok: false,
      message: `"${href}" is not an entity link`,
      fix: `write links as ${LINK_SCHEMES.map((s) => `${s}:ID`).join(', ')}`,
    };
  const [, scheme, id = '', anchor] = match as unknown as [string, EntityKind | 'page' | 'glossary', string, string | undefined];
  const anchors = targets[scheme].get(id);
  if (!anchors) {
    const examples = [...targets[scheme].keys()].slice(0, 3).join('", "');
    return { ok: false, message: `unknown ${scheme} ID "${id}"`, fix: `use an existing ${scheme} ID (for example "${examples}")` };
  }
  if (anchor !== undefined && !anchors.has(anchor)) {
    const known = [...anchors].join(', ') || 'none';
    return { ok: false, message: `${scheme} "${id}" has no anchor "#${anchor}"`, fix: `use one of its anchors: ${known}` };
  }
  if (scheme === 'glossary') return { ok: true, url: glossaryTermPath(id, locale) };
  const url = scheme === 'page' ? pagePath(id as StaticPage, locale) : entityPath(scheme, id, locale);
  return { ok: true, url: anchor ? `${url}#${anchor}` : url };
}
