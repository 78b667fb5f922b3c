import type { Locale } from '../../i18n/locales';
import { parseEntityRef } from '../content/entity-ref';
import { entityPath, isEntityKind, isStaticPage, pagePath, type EntityKind } from '../routes/urls';

export interface RefLink {
  href: string;
  kind: EntityKind | 'page';
  id: string;
}

/** Where an entity link of the change history (`measure:1.5.2#facts`, `page:data`) points in a language. The content check has resolved every ref. */
export function refLink(ref: string, locale: Locale): RefLink {
  const parsed = parseEntityRef(ref);
  if (!parsed) throw new Error(`content/data/changes.json: "${ref}" is not an entity link`);
  const { scheme, id, anchor } = parsed;
  if (scheme === 'page' && isStaticPage(id)) {
    const path = pagePath(id, locale);
    return { href: anchor ? `${path}#${anchor}` : path, kind: 'page', id };
  }
  if (!isEntityKind(scheme))
    throw new Error(`content/data/changes.json: "${ref}" has no known kind`);
  return { href: entityPath(scheme, id, locale, anchor), kind: scheme, id };
}
