/**
 * Agency mentions in prose: authors write `[OMB](agency:omb)`; German pages get the agency's one
 * canonical gloss from `content/data/agencies.json` at its first mention on the page. No gloss is
 * typed by hand (the prose check refuses one). Bodies the plan does not name come from
 * `content/data/other-agencies.json` the same way; they have no page, so their mention stays text.
 *
 * The same rule serves the Markdown body (through `remark-agency-mentions`) and the plain-text front
 * matter (summary, section summaries, deadlines, comparison claims), which `withAgencyMentions` turns
 * into plain text.
 */

/** What the gloss needs to know of an agency. */
export interface GlossAgency {
  id: string;
  /** The plan's spelling; absent for bodies the plan does not name (`other-agencies.json`). */
  planName?: string | undefined;
  acronym?: string | null | undefined;
  nameEn: string;
  glossDe: string;
}

/** `[label](agency:id)` or `[label](agency:id#anchor)` in a string. */
export const AGENCY_MENTION = /\[([^\]\n]+)\]\(agency:([a-z0-9-]+)(?:#[a-z0-9-]+)?\)/g;

/** The agency ID of an `agency:` link target, or undefined. */
export function agencyIdOf(href: string): string | undefined {
  return /^agency:([a-z0-9-]+)(?:#[a-z0-9-]+)?$/.exec(href)?.[1];
}

/**
 * What follows the label at the first mention on a German page: the gloss in brackets, with the
 * acronym where the label is the full English name. Nothing where the label is not one of the
 * agency's English names (a German label such as „Handelsministerium“ needs no gloss) or in English.
 *
 * @example glossSuffix('OMB', omb, 'de') // => ' (Haushalts- und Verwaltungsamt des Weißen Hauses)'
 * @example glossSuffix('Office of Management and Budget', omb, 'de') // => ' (OMB, Haushalts- und Verwaltungsamt des Weißen Hauses)'
 */
export function glossSuffix(label: string, agency: GlossAgency, locale: string): string {
  if (locale !== 'de') return '';
  // "U.S. Army Corps of Engineers" is also written "Army Corps of Engineers".
  const names = [agency.nameEn, agency.planName, agency.acronym]
    .filter((n): n is string => !!n)
    .flatMap((n) => [n, n.replace(/^(U\.S\.|United States) /, '')]);
  const bare = label.replace(/^(the|die|der|das|dem|den|des)\s+/i, '');
  if (!names.includes(bare)) return '';
  if (agency.acronym && bare !== agency.acronym) return ` (${agency.acronym}, ${agency.glossDe})`;
  return ` (${agency.glossDe})`;
}

/** The agency IDs mentioned in a string, in order. */
export function mentionedAgencies(text: string): string[] {
  return [...text.matchAll(AGENCY_MENTION)].map((m) => m[2]!);
}

/**
 * Turns the mentions in a plain-text field into their labels, glossing each agency's first mention
 * on the page; `seen` carries the agencies already mentioned earlier on the page and is updated.
 */
export function renderAgencyMentions(
  text: string,
  locale: string,
  agencies: ReadonlyMap<string, GlossAgency>,
  seen: Set<string>,
): string {
  return text.replace(AGENCY_MENTION, (_whole, label: string, id: string) => {
    const agency = agencies.get(id);
    if (!agency) return label;
    const first = !seen.has(id);
    seen.add(id);
    return first ? label + glossSuffix(label, agency, locale) : label;
  });
}

interface TextData {
  summary: string;
  sections?: Record<string, string> | undefined;
  deadlines?: Record<string, string> | undefined;
  rows?: { prior: string; current: string }[] | undefined;
}

/**
 * A text entry with its front matter as plain text. Page order decides the first mention: the
 * summary, then the Markdown body (glossed by the remark plugin, which reads the summary), then the
 * section summaries, deadlines and comparison claims.
 */
export function withAgencyMentions<
  T extends { id: string; body?: string | undefined; data: TextData },
>(entry: T, agencies: ReadonlyMap<string, GlossAgency>): T {
  const locale = entry.id.split('/')[0] ?? '';
  const seen = new Set<string>();
  const render = (s: string) => renderAgencyMentions(s, locale, agencies, seen);
  const data = { ...entry.data };
  data.summary = render(data.summary);
  for (const id of mentionedAgencies(entry.body ?? '')) seen.add(id);
  if (data.sections) data.sections = mapValues(data.sections, render);
  if (data.deadlines) data.deadlines = mapValues(data.deadlines, render);
  if (data.rows)
    data.rows = data.rows.map((r) => ({ prior: render(r.prior), current: render(r.current) }));
  return { ...entry, data };
}

function mapValues(
  record: Record<string, string>,
  f: (s: string) => string,
): Record<string, string> {
  // Glossed in reading order (Sec. 2 before Sec. 10); the keys keep their order.
  const keys = Object.keys(record).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const rendered = new Map(keys.map((k) => [k, f(record[k]!)]));
  return Object.fromEntries(Object.keys(record).map((k) => [k, rendered.get(k)!]));
}
