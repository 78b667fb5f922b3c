import {
  CACHE_IMMUTABLE,
  CONTENT_TYPES,
  IMMUTABLE_PREFIXES,
  PATH_TYPES,
  SECURITY_HEADERS,
  type ServerRedirect,
} from './policy';

/** Extensions whose type common static hosts do not know. */
const UNCOMMON_EXTENSIONS = ['bib', 'ris', 'csv'] as const;

/**
 * `_headers` and `_redirects` for static hosts and CDNs that read them (Cloudflare Pages, Netlify and
 * others with the same syntax), from the same policy as the nginx configuration. Written into dist/
 * at build time. Such hosts already revalidate HTML and set the content types of common files, so
 * only what they cannot know is listed: the security headers on every path, the immutable
 * bundles, and the types of CSL-JSON, Atom, BibTeX, RIS and CSV.
 */
export function headersFile(): string {
  const block = (path: string, headers: readonly (readonly [string, string])[]) => [
    path,
    ...headers.map(([n, v]) => `  ${n}: ${v}`),
    '',
  ];
  const lines = [
    '# Generated from src/lib/deploy/policy.ts at build time; the nginx configuration comes from the same source.',
    ...block('/*', SECURITY_HEADERS),
    ...IMMUTABLE_PREFIXES.flatMap((prefix) =>
      block(`${prefix}*`, [['Cache-Control', CACHE_IMMUTABLE]]),
    ),
    ...PATH_TYPES.flatMap((p) =>
      block(p.match === 'exact' ? p.path : `/*${p.path}`, [['Content-Type', p.type]]),
    ),
    ...UNCOMMON_EXTENSIONS.flatMap((ext) =>
      block(`/*.${ext}`, [['Content-Type', CONTENT_TYPES[ext]!]]),
    ),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

/** One line per renamed page: `/old/ /new/ 301`. */
export function redirectsFile(redirects: readonly ServerRedirect[]): string {
  const lines = [
    '# Generated from content/data/redirects.json at build time; the same redirects are in the nginx configuration.',
  ];
  for (const r of redirects) lines.push(`${r.from} ${r.to} ${r.status}`);
  return `${lines.join('\n')}\n`;
}
