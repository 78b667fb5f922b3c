import { sitePagePaths, type EntitiesByKind } from '../../routes/site-pages';
import { checkRedirects } from '../redirects';
import { ENTITY_KINDS, entityCollection, type ContentTree, type Problem } from '../collections';
import { idsOf } from './shared';

/** content/data/redirects.json leads from old paths that are no pages to paths that are (see ../redirects.ts). */
export function checkRedirectList(tree: ContentTree): Problem[] {
  return tree.redirects ? checkRedirects(tree.redirects.records, sitePagePaths(entitiesOf(tree)), tree.redirects.file) : [];
}

function entitiesOf(tree: ContentTree): EntitiesByKind {
  const entities: Partial<EntitiesByKind> = {};
  for (const kind of ENTITY_KINDS) entities[kind] = [...idsOf(tree.data[entityCollection(kind)])].map((id) => ({ id }));
  return entities as EntitiesByKind;
}
