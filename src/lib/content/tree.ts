import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import GithubSlugger from 'github-slugger';
import { DATA_COLLECTIONS, type ContentTree, type DataFile, type TextFile } from './collections';
import { REDIRECTS_FILE } from './redirects';
import { LINK_SCHEMES } from './entity-ref';
import { factLinks } from './certainty';

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Reads `content/` from disk into the shape `checkContent` and the link resolver work on. */
export function readContentTree(root: string): ContentTree {
  const data: ContentTree['data'] = {};
  for (const name of DATA_COLLECTIONS) {
    const path = join(root, 'content', 'data', `${name}.json`);
    if (!existsSync(path)) continue;
    data[name] = readJsonArray(root, path);
  }
  const redirectsPath = join(root, REDIRECTS_FILE);
  const redirects = existsSync(redirectsPath) ? readJsonArray(root, redirectsPath) : undefined;
  const textRoot = join(root, 'content', 'text');
  const texts: TextFile[] = walk(textRoot)
    .filter((p) => /\.md$/.test(p))
    .map((path) => {
      const source = readFileSync(path, 'utf8');
      const parts = relative(textRoot, path).split(/[\\/]/);
      const file = relative(root, path);
      return {
        file,
        locale: parts[0] ?? '',
        collection: parts.length > 2 ? parts[1]! : '',
        id: (parts.at(-1) ?? '').replace(/\.md$/, ''),
        ...mapKeys(file, source),
        headings: headingAnchors(source),
        links: entityLinks(source),
        facts: factLinks(source),
      };
    });
  return redirects ? { data, texts, redirects } : { data, texts };
}

function readJsonArray(root: string, path: string): DataFile {
  const file = relative(root, path);
  let records: unknown;
  try {
    records = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})\n  Fix: correct the JSON syntax`, { cause: error });
  }
  if (!Array.isArray(records)) throw new Error(`${file}: expected an array of records\n  Fix: wrap the records in [ … ]`);
  return { file, records };
}

/** The keys of the front matter's `sections` and `deadlines` maps; Zod validates the values later. */
function mapKeys(file: string, source: string): Pick<TextFile, 'sectionKeys' | 'deadlineKeys' | 'rows'> {
  const match = source.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  if (!match) return {};
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    throw new Error(`${file}: the front matter is not valid YAML (${(error as Error).message})\n  Fix: correct the YAML`, { cause: error });
  }
  const keys = (value: unknown) => (value && typeof value === 'object' ? Object.keys(value) : undefined);
  const record = (data ?? {}) as Record<string, unknown>;
  const result: Pick<TextFile, 'sectionKeys' | 'deadlineKeys' | 'rows'> = {};
  if (Array.isArray(record.rows)) result.rows = record.rows as { prior: string; current: string }[];
  const sections = keys(record.sections);
  const deadlines = keys(record.deadlines);
  if (sections) result.sectionKeys = sections;
  if (deadlines) result.deadlineKeys = deadlines;
  return result;
}

const ENTITY_LINK = new RegExp(`\\]\\(((?:${LINK_SCHEMES.join('|')}):[^)\\s]+)\\)`, 'g');

/**
 * Cross-references written as `[text](scheme:id#anchor)`, with their line in the file. The Markdown
 * plugin resolves them too, but Astro's loader only logs a plugin's error and builds on; the content
 * check, which runs first, makes a broken one stop the build.
 */
export function entityLinks(source: string): { href: string; line: number }[] {
  return [...source.matchAll(ENTITY_LINK)].map((m) => ({ href: m[1]!, line: source.slice(0, m.index).split('\n').length }));
}

/**
 * The anchors the heading-anchor plugin gives the body's h2–h4 headings (`## Stand` → `stand`), so
 * a cross-reference can point at them. Headings inside code fences are not headings.
 */
export function headingAnchors(source: string): string[] {
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---/, '').replace(/^```[\s\S]*?^```/gm, '');
  const slugger = new GithubSlugger();
  return [...body.matchAll(/^#{2,4}[ \t]+(.+?)[ \t#]*$/gm)].map((m) =>
    slugger.slug(
      m[1]!
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '')
        .trim(),
    ),
  );
}
