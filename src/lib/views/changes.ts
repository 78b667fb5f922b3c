import type { Change } from '../content/model';

/**
 * The change history's queries. An entity is concerned by a change that names it, with or without
 * an anchor (`measure:1.5.2` and `measure:1.5.2#facts` both concern measure 1.5.2).
 */
export function concerns(change: Change, ref: string): boolean {
  return change.entities.some((e) => e === ref || e.startsWith(`${ref}#`));
}

/** The corrections under each entity they concern (anchors dropped), built once per change list. */
const correctionIndex = new WeakMap<readonly Change[], Map<string, Change[]>>();

/** Corrections of facts on an entity's page, newest first, for the note on that page. */
export function correctionsFor(changes: readonly Change[], ref: string): Change[] {
  if (ref.includes('#'))
    return changes
      .filter((c) => c.kind === 'corrected' && concerns(c, ref))
      .sort((a, b) => b.number - a.number);
  let index = correctionIndex.get(changes);
  if (!index) {
    index = new Map();
    for (const c of changes) {
      if (c.kind !== 'corrected') continue;
      for (const entity of new Set(c.entities.map((e) => e.split('#')[0]!)))
        index.set(entity, [...(index.get(entity) ?? []), c]);
    }
    correctionIndex.set(changes, index);
  }
  return [...(index.get(ref) ?? [])].sort((a, b) => b.number - a.number);
}

/** The anchor of a change on the changelog page and in its feed entry ID. */
export function changeAnchor(change: Pick<Change, 'id'>): string {
  return `change-${change.id}`;
}

/** The date the change history last changed: the newest entry's date, or the fallback when there is none. */
export function latestChangeDate(changes: readonly Change[], fallback: string): string {
  return changes.reduce((latest, c) => (c.date > latest ? c.date : latest), '') || fallback;
}
