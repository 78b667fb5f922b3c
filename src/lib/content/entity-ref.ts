import { ENTITY_KINDS, type EntityKind } from './collections';

/**
 * The one grammar of entity links, `scheme:id#anchor`: `measure:1.3.2`, `order:14319#sec-4`,
 * `page:methodology`, `glossary:bis`. Schemas, the content check, the Markdown plugins, change
 * links and comparison claims all parse with `parseEntityRef`; resolution against the content
 * (does the ID exist, does the page have that anchor) is `resolveEntityHref` in `link-targets.ts`.
 */
export const LINK_SCHEMES = [...ENTITY_KINDS, 'page', 'glossary'] as const;
export type LinkScheme = EntityKind | 'page' | 'glossary';

export interface EntityRef {
  scheme: LinkScheme;
  id: string;
  /** The fragment without `#`, if any. */
  anchor: string | undefined;
}

/** IDs are lower-case letters, digits, dots and hyphens; anchors are any run of non-space characters. */
const ID = '[a-z0-9][a-z0-9.-]*';
const ANCHOR = '[^#\\s]+';
const SCHEME_PREFIX = new RegExp(`^(${LINK_SCHEMES.join('|')}):`);
const ENTITY_REF = new RegExp(`^(${LINK_SCHEMES.join('|')}):(${ID})(?:#(${ANCHOR}))?$`);

/** Whether an href is meant as an entity link (it starts with a scheme such as `measure:`), valid or not. */
export function isEntityHref(href: string): boolean {
  return SCHEME_PREFIX.test(href);
}

/**
 * Parses an entity link; undefined if it does not follow the grammar.
 * @example parseEntityRef('order:14319#sec-4') // => { scheme: 'order', id: '14319', anchor: 'sec-4' }
 * @example parseEntityRef('meassure:1.1.1') // => undefined
 */
export function parseEntityRef(ref: string): EntityRef | undefined {
  const match = ENTITY_REF.exec(ref);
  if (!match) return undefined;
  return { scheme: match[1] as LinkScheme, id: match[2]!, anchor: match[3] };
}

/** The link written back: `formatEntityRef({ scheme: 'measure', id: '1.3.2', anchor: 'facts' }) // => 'measure:1.3.2#facts'`. */
export function formatEntityRef(ref: EntityRef): string {
  return `${ref.scheme}:${ref.id}${ref.anchor === undefined ? '' : `#${ref.anchor}`}`;
}

/** What to tell an author whose link does not parse. */
export const ENTITY_REF_HELP = `write entity links as scheme:ID or scheme:ID#anchor, with a scheme among ${LINK_SCHEMES.join(', ')} (for example measure:1.3.2 or order:14319#sec-4)`;

/** Whether `ref` names the entity `target` (`measure:1.5.2`), with or without an anchor. */
export function refersTo(ref: string, target: string): boolean {
  return ref === target || ref.startsWith(`${target}#`);
}
