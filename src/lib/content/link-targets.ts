import type { Locale } from '../../i18n/locales';
import { CITE_ANCHOR, deadlineAnchor, rowAnchor, sectionAnchor } from './anchors';
import { ENTITIES, ENTITY_KINDS, entityCollection, type ContentTree } from './collections';
import { ENTITY_REF_HELP, isEntityHref, parseEntityRef, type LinkScheme } from './entity-ref';
import { entityPath, glossaryTermPath, pagePath, STATIC_PAGES, type StaticPage } from '../routes/urls';

export { isEntityHref };

/** The anchors of one page: those of every language, and those only one language has (prose headings). */
export interface PageAnchors {
  all: Set<string>;
  byLocale: Partial<Record<string, Set<string>>>;
}

/** For each link scheme, the IDs that exist and the anchors each page publishes. */
export type LinkTargets = Record<LinkScheme, Map<string, PageAnchors>> & {
  /** Agencies without a page (`content/data/other-agencies.json`): `agency:ceq` resolves, but to text rather than a URL. */
  textOnlyAgencies: ReadonlySet<string>;
};

const anchorsOf = (list: Iterable<string>): PageAnchors => ({ all: new Set(list), byLocale: {} });

/**
 * Every anchor a page publishes, so any of them can be linked: the template's fixed anchors, the
 * cite box, one per section (`#sec-4`), deadline (`#deadline-sec-5-a`) and claim row (`#row-2`),
 * and the headings of the page's prose in each language.
 */
export function buildLinkTargets(tree: ContentTree): LinkTargets {
  const targets = {
    page: new Map((Object.keys(STATIC_PAGES) as StaticPage[]).map((p) => [p, anchorsOf(STATIC_PAGES[p].anchors)])),
  } as Partial<LinkTargets>;
  for (const kind of ENTITY_KINDS) {
    const map = new Map<string, PageAnchors>();
    for (const raw of tree.data[entityCollection(kind)]?.records ?? []) {
      const record = raw as { id: string; sections?: { number: string }[]; deadlines?: { key: string }[]; rows?: unknown[] };
      const anchors = new Set<string>([...ENTITIES[kind].anchors, CITE_ANCHOR]);
      for (const s of record.sections ?? []) anchors.add(sectionAnchor(s.number));
      for (const d of record.deadlines ?? []) anchors.add(deadlineAnchor(d.key));
      (record.rows ?? []).forEach((_, i) => anchors.add(rowAnchor(i)));
      map.set(String(record.id), anchorsOf(anchors));
    }
    targets[kind] = map;
  }
  targets.textOnlyAgencies = new Set((tree.data['other-agencies']?.records ?? []).map((r) => String((r as { id: string }).id)));
  targets.glossary = new Map((tree.data.glossary?.records ?? []).map((r) => [String((r as { id: string }).id), anchorsOf([])]));
  const complete = targets as LinkTargets;
  for (const text of tree.texts) {
    const scheme = text.collection === 'pages' ? 'page' : ENTITY_KINDS.find((k) => entityCollection(k) === text.collection);
    const page = scheme ? complete[scheme].get(text.id) : undefined;
    if (page && text.headings) page.byLocale[text.locale] = new Set(text.headings);
  }
  return complete;
}

/**
 * A resolved link: its URL, or `null` for an agency without a page (`other-agencies.json`), whose
 * mention is shown as text; or what is wrong and how to fix it.
 */
export type LinkResolution = { ok: true; url: string | null } | { ok: false; message: string; fix: string };

/** Resolves an entity link against the content, for a page in `locale`: the URL, or what is wrong and how to fix it. */
export function resolveEntityHref(href: string, locale: Locale, targets: LinkTargets): LinkResolution {
  const ref = parseEntityRef(href);
  if (!ref) return { ok: false, message: `"${href}" is not a valid entity link`, fix: ENTITY_REF_HELP };
  const { scheme, id, anchor } = ref;
  const page = targets[scheme].get(id);
  if (!page && scheme === 'agency' && targets.textOnlyAgencies.has(id)) {
    if (anchor === undefined) return { ok: true, url: null };
    return { ok: false, message: `agency "${id}" has no page, so no anchor "#${anchor}"`, fix: `write agency:${id} without the anchor` };
  }
  if (!page) {
    const examples = [...targets[scheme].keys()].slice(0, 3).join('", "');
    return { ok: false, message: `unknown ${scheme} ID "${id}"`, fix: `use an existing ${scheme} ID (for example "${examples}")` };
  }
  const anchors = new Set([...page.all, ...(page.byLocale[locale] ?? [])]);
  if (anchor !== undefined && !anchors.has(anchor)) {
    const known = [...anchors].join(', ') || 'none';
    return { ok: false, message: `${scheme} "${id}" has no anchor "#${anchor}"`, fix: `use one of its anchors: ${known}` };
  }
  if (scheme === 'glossary') return { ok: true, url: glossaryTermPath(id, locale) };
  const url = scheme === 'page' ? pagePath(id as StaticPage, locale) : entityPath(scheme, id, locale);
  return { ok: true, url: anchor ? `${url}#${anchor}` : url };
}
