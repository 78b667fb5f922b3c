/**
 * Anchors that page templates put on units of a page. They are part of the published URLs (people
 * cite `…/measures/1-3-2/#original`), so a name here never changes once published. The fixed
 * anchors of each entity kind are in `ENTITIES` (`collections.ts`); the per-record ones are built here.
 */

/** The cite box at the end of every entity page. */
export const CITE_ANCHOR = 'cite';

/** Anchor of a claim row in a comparison: `row-2`, counted from 1. */
export function rowAnchor(index: number): string {
  return `row-${index + 1}`;
}

/** Anchor of an order's or instrument's section: `sec-3`. */
export function sectionAnchor(number: string): string {
  return `sec-${number}`;
}

/**
 * Anchor of a deadline row on its order page, named after the provision that sets it:
 * "Sec. 5(a) (2)" → `deadline-sec-5-a-2`. The prefix keeps it apart from the section anchor `sec-5`.
 */
export function deadlineAnchor(provisionKey: string): string {
  const slug = provisionKey
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (!slug) throw new Error(`Deadline key "${provisionKey}" yields no anchor`);
  return `deadline-${slug}`;
}
