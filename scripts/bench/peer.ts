import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * The peer of the benchmark (issue 16): a Starlight site built from the Atlas's own page texts
 * (content/text/<locale>/<collection>/<id>.md), one page per text at the same path as the Atlas
 * page (`/en/measures/1-3-2/`), in a temporary folder.
 * Starlight runs with its defaults: sidebar generated from all pages, its own Pagefind search.
 *
 * Each page carries the same words as the Atlas text: the title, the summary, every other text in
 * the front matter (per-section, per-deadline and per-claim summaries) and the body. Entity links
 * (`[EO 14110](prior:eo-14110)`) keep their words and point at the peer's page; the language-neutral
 * facts from content/data, which only the Atlas shows, are not part of it.
 */
export const PEER_PACKAGE = '@astrojs/starlight';

const SEGMENTS: Record<string, string> = {
  measure: 'measures',
  section: 'sections',
  pillar: 'pillars',
  order: 'orders',
  prior: 'prior',
  agency: 'agencies',
  topic: 'topics',
  glossary: 'glossary',
  page: 'pages',
};
const slug = (id: string) => id.replaceAll('.', '-').toLowerCase();

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const yamlString = (s: string) => JSON.stringify(s);

/** Writes the peer's sources into a new temporary folder; returns the folder. */
export function createPeer(root: string): { dir: string; pages: number } {
  // Inside the project (bench-results/ is git-ignored), so Node and Vite find the packages by walking up
  // as in a workspace: a linked node_modules (tests/helpers/project-copy.ts) breaks Starlight's style
  // modules, and a folder inside node_modules makes Vite treat the peer's own sources as dependencies.
  const parent = join(root, 'bench-results');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'atlas-peer-'));
  // Astro bundles the packages that the project's package.json names and that build on Astro; without
  // them listed, Starlight's middleware would be left to Node, which cannot load `astro:` modules.
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const dependencies = { astro: own.dependencies.astro, [PEER_PACKAGE]: own.devDependencies[PEER_PACKAGE] };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'atlas-peer', private: true, type: 'module', dependencies }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'http://localhost:4321',
  // Its own cache, so the peer's builds neither read nor overwrite the Atlas's.
  cacheDir: './.peer-cache',
  integrations: [starlight({
    title: { en: 'AI Action Plan Atlas', de: 'KI-Aktionsplan-Atlas' },
    defaultLocale: 'en',
    locales: { en: { label: 'English', lang: 'en' }, de: { label: 'Deutsch', lang: 'de' } },
  })],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  let pages = 0;
  const textRoot = join(root, 'content', 'text');
  for (const locale of readdirSync(textRoot)) {
    for (const file of readdirSync(join(textRoot, locale), { recursive: true }) as string[]) {
      if (!/\.mdx?$/.test(file)) continue;
      const source = readFileSync(join(textRoot, locale, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
      const front = (match ? parseYaml(match[1]!) : {}) as Record<string, unknown>;
      const body = (match ? match[2]! : source).replace(
        /\]\(([a-z]+):([a-z0-9][a-z0-9.-]*)(#[^)\s]*)?\)/g,
        (_, scheme: string, id: string, anchor = '') => `](/${locale}/${SEGMENTS[scheme] ?? scheme}/${slug(id)}/${anchor})`,
      );
      const { title: rawTitle, summary: rawSummary, ...rest } = front;
      // Front matter values are strings where present; anything else is left out of the peer's page.
      const title = typeof rawTitle === 'string' ? rawTitle : undefined;
      const summary = typeof rawSummary === 'string' ? rawSummary : undefined;
      const extra = strings(rest).filter((s) => s.trim());
      const collection = dirname(file);
      const name = slug(file.replace(/\.mdx?$/, '').split('/').pop()!);
      const out = join(dir, 'src', 'content', 'docs', locale, collection, `${name}.md`);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(
        out,
        `---\ntitle: ${yamlString(title ?? name)}\n${summary ? `description: ${yamlString(summary)}\n` : ''}---\n\n${summary ? `${summary}\n\n` : ''}${extra.map((s) => `${s}\n\n`).join('')}${body}\n`,
      );
      pages++;
    }
  }
  return { dir, pages };
}

export function removePeer(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Forgets the peer's build cache and output, for a cold build. */
export function coldPeer(dir: string): void {
  rmSync(join(dir, '.peer-cache'), { recursive: true, force: true });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
}
