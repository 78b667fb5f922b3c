import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from './collections';
import { LINK_SCHEMES } from './entity-ref';

/**
 * What a hostile or careless edit could slip into prose that the Markdown pipeline would publish:
 * raw HTML (a `<script>` or an `onerror` attribute reaches the page; only the browser's CSP would
 * stop it), a link whose scheme is mistyped (`meassure:1.1.1` becomes a dead link instead of an
 * error) and, in the data, a `checked` date after the day of the build. Each problem names the file,
 * the line or field and the fix.
 */

/**
 * Link schemes prose may use besides the entity schemes: the web, mail, `quote:` (quotations with
 * their page) and `fact:` (a fact with its verification level from the data, `src/lib/content/certainty.ts`).
 */
const OTHER_SCHEMES = ['https', 'http', 'mailto', 'quote', 'fact'] as const;
const ALLOWED_SCHEMES = new Set<string>([...LINK_SCHEMES, ...OTHER_SCHEMES]);

/** An HTML start or end tag: `<script>`, `<img src=x onerror=…>`, `</div>`. Comparisons such as `< 10` are no tags. */
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?=[\s/>])[^>]*>/g;
/** The target of a Markdown link or image, when it starts with a scheme: `](scheme:…`. */
const LINK_TARGET = /\]\(\s*<?([a-zA-Z][a-zA-Z0-9+.-]*):/g;

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** Code spans and fences may show markup as text; they are blanked out (keeping line breaks) before the search. */
function withoutCode(source: string): string {
  return source
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (m) => ' '.repeat(m.length));
}

/**
 * Checks one prose file.
 * @example checkProseSource('x.md', 'See <script>alert(1)</script>') // => two problems, one per tag
 */
export function checkProseSource(file: string, source: string): Problem[] {
  const problems: Problem[] = [];
  const text = withoutCode(source);
  for (const m of text.matchAll(HTML_TAG)) {
    problems.push({
      file,
      field: `line ${lineOf(text, m.index)}`,
      message: `raw HTML ${m[0].slice(0, 60)} in prose; the site publishes Markdown only`,
      fix: 'remove the tag and write the text in Markdown (emphasis, links, lists); the layout provides all markup',
    });
  }
  for (const m of text.matchAll(LINK_TARGET)) {
    const scheme = m[1]!.toLowerCase();
    if (ALLOWED_SCHEMES.has(scheme)) continue;
    problems.push({
      file,
      field: `line ${lineOf(text, m.index)}`,
      message: `link with the unknown scheme "${m[1]}:"`,
      fix: `use one of ${[...ALLOWED_SCHEMES].join(', ')} (for example measure:1.3.2)`,
    });
  }
  return problems;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.md$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every prose file under `content/text/`. */
export function checkProseSafety(root: string): Problem[] {
  return markdownFiles(join(root, 'content', 'text')).flatMap((path) =>
    checkProseSource(relative(root, path), readFileSync(path, 'utf8')),
  );
}

/**
 * `checked` dates (at any depth of a data file) must not lie after `today`: a fact cannot have been
 * checked on a day that has not come.
 */
export function checkCheckedDates(file: string, records: unknown[], today: string): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${path}[${i}]`));
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const here = path ? `${path}.${key}` : key;
      if (key === 'checked' && typeof value === 'string' && value > today) {
        problems.push({
          file,
          field: here,
          message: `checked date ${value} is in the future (today is ${today})`,
          fix: 'write the date on which the facts were actually checked',
        });
      } else visit(value, here);
    }
  };
  records.forEach((r, i) => {
    const id = (r as { id?: unknown } | null)?.id;
    visit(r, typeof id === 'string' ? `"${id}"` : `[${i}]`);
  });
  return problems;
}
