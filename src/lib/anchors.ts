/**
 * Anchors that page templates put on structural units. They are part of the published URLs
 * (people cite `…/measures/1-3-2/#original`), so a name here never changes once published.
 */
export const MEASURE_ANCHORS = ['summary', 'original', 'context', 'facts', 'status', 'related'] as const;
export const SECTION_ANCHORS = ['summary', 'measures'] as const;
export const PILLAR_ANCHORS = ['summary', 'sections'] as const;
export const ORDER_ANCHORS = ['summary', 'facts', 'sections', 'deadlines'] as const;
export const PRIOR_ANCHORS = ['summary', 'facts', 'sections'] as const;
export const AGENCY_ANCHORS = ['summary', 'leads', 'involved'] as const;
export const TOPIC_ANCHORS = ['summary', 'comparison', 'reasoning'] as const;

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
