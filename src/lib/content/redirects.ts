import type { Problem } from './collections';

/**
 * Renames never break a published link: when a page's ID or path changes, its old URL stays as a
 * static redirect page (content/data/redirects.json). These functions check the list before the
 * build and decide whether a URL of the manifest still leads somewhere after it.
 */
export interface Redirect {
  /** The old path, e.g. `/en/measures/1-3-2/`. */
  from: string;
  /** The page it now lives at. */
  to: string;
  /** ISO date of the rename. */
  since: string;
  /** Why the path changed, for the record. */
  reason: string;
}

export const REDIRECTS_FILE = 'content/data/redirects.json';

const PAGE_PATH = /^\/(?:[a-z0-9.-]+\/)+$/;

/** Problems with the redirect list: malformed records, a source that is still a page, a target that is not one. */
export function checkRedirects(records: unknown[], pages: Set<string>, file = REDIRECTS_FILE): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string, fix: string) => problems.push({ file, field, message, fix });
  const seen = new Set<string>();
  records.forEach((raw, i) => {
    const r = (raw ?? {}) as Partial<Record<keyof Redirect, unknown>>;
    const at = `[${i}]`;
    const keys = Object.keys(r).filter((k) => !['from', 'to', 'since', 'reason'].includes(k));
    if (keys.length > 0) add(`${at}.${keys[0]}`, `unknown field "${keys[0]}"`, 'a redirect has exactly "from", "to", "since" and "reason"');
    for (const field of ['from', 'to'] as const) {
      if (typeof r[field] !== 'string' || !PAGE_PATH.test(r[field]))
        add(
          `${at}.${field}`,
          `"${String(r[field])}" is not a page path`,
          'write a site path with a trailing slash, e.g. "/en/measures/1-3-2/"',
        );
    }
    if (typeof r.since !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.since))
      add(`${at}.since`, 'must be an ISO date (YYYY-MM-DD)', 'give the date of the rename');
    if (typeof r.reason !== 'string' || r.reason.trim().length < 5)
      add(`${at}.reason`, 'the reason is missing', 'say in a sentence why the path changed');
    if (typeof r.from !== 'string' || typeof r.to !== 'string' || !PAGE_PATH.test(r.from) || !PAGE_PATH.test(r.to)) return;
    if (seen.has(r.from)) add(`${at}.from`, `"${r.from}" is redirected twice`, 'keep one redirect per old path');
    seen.add(r.from);
    if (pages.has(r.from))
      add(
        `${at}.from`,
        `"${r.from}" is a page of the site`,
        'a redirect cannot replace a live page: remove the redirect or correct the old path',
      );
    if (!pages.has(r.to))
      add(
        `${at}.to`,
        `"${r.to}" is not a page of the site`,
        'point the redirect at the current path of the page (after a second rename, update the first redirect too)',
      );
    if (r.from.slice(0, 4) !== r.to.slice(0, 4))
      add(`${at}.to`, `"${r.from}" and "${r.to}" are in different languages`, 'redirect within the same language prefix');
  });
  return problems;
}

export type ManifestResolution = { ok: true; page: string } | { ok: false; reason: string };

/**
 * Where a published URL leads in a build: to itself if it is a page or file, else through redirect
 * pages (followed transitively) to a page. A loop or a redirect to nowhere is a broken URL.
 */
export function resolvePublishedUrl(url: string, built: Set<string>, redirects: Map<string, string>): ManifestResolution {
  const visited: string[] = [];
  let current = url;
  while (!built.has(current)) {
    const next = redirects.get(current);
    if (next === undefined)
      return {
        ok: false,
        reason:
          visited.length === 0
            ? 'neither a page nor a redirect'
            : `redirects via ${visited.join(' → ')} to ${current}, which does not exist`,
      };
    if (visited.includes(current)) return { ok: false, reason: `redirect loop ${[...visited, current].join(' → ')}` };
    visited.push(current);
    current = next;
  }
  return { ok: true, page: current };
}

/** The published URLs that no longer lead to a page, each with the reason. */
export function brokenPublishedUrls(published: readonly string[], built: Set<string>, redirects: Map<string, string>): string[] {
  return published.flatMap((url) => {
    const result = resolvePublishedUrl(url, built, redirects);
    return result.ok ? [] : [`${url}: ${result.reason}`];
  });
}
