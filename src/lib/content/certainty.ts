import type { Problem, ContentTree } from './collections';
import { VERIFICATION_LEVELS } from './schemas';

/**
 * How certain a stated fact is, from the data: every date, Federal Register citation and "what
 * replaced what" that a page states carries a verification level in `content/data/`. Settled levels
 * (the official text was read, or the official record seen) show nothing; the others show one
 * marker (`src/components/Certainty.astro`, `certaintyMarker` in `src/lib/views/certainty.ts`) in
 * the text, the facts boxes and the cite box. Prose states such a fact with a fact link,
 * `[3 April 2025](fact:document:omb-m-25-21#date)`, and the marker comes from the data
 * (`src/plugins/remark-fact-links.ts`), never from a hedge typed into the sentence.
 */
export type Certainty = (typeof VERIFICATION_LEVELS)[number];

/** Levels that need no marker: the official text was read, or the official record was seen. */
export const SETTLED_LEVELS: readonly Certainty[] = ['primary-text', 'official-metadata'];

export function isSettled(level: Certainty): boolean {
  return SETTLED_LEVELS.includes(level);
}

/** The least certain of several levels (the order of `VERIFICATION_LEVELS` runs from most to least certain). */
export function weakest(...levels: Certainty[]): Certainty {
  return levels.reduce((a, b) => (VERIFICATION_LEVELS.indexOf(b) > VERIFICATION_LEVELS.indexOf(a) ? b : a), 'primary-text');
}

/** The facts prose may state with a fact link, per kind, and the data field that says how each is known. */
export const FACT_FIELDS = {
  order: { published: 'citationCheck', citation: 'citationCheck', text: 'textCheck' },
  prior: { date: 'dateCheck', citation: 'citationCheck', fate: 'fate.level' },
  document: { date: 'dateVerification', title: 'verification' },
} as const;
export type FactKind = keyof typeof FACT_FIELDS;

export interface FactRef {
  kind: FactKind;
  id: string;
  field: string;
}

const FACT_REF = /^fact:(order|prior|document):([a-z0-9][a-z0-9.-]*)#([a-z]+)$/;

/** What to tell an author whose fact link does not parse. */
export const FACT_REF_HELP = `write fact links as fact:<kind>:<ID>#<fact>, with ${Object.entries(FACT_FIELDS)
  .map(([k, f]) => `${k} (${Object.keys(f).join(', ')})`)
  .join('; ')}, for example fact:document:omb-m-25-21#date or fact:prior:omb-m-24-10#fate`;

/**
 * @example parseFactRef('fact:prior:omb-m-24-10#fate') // => { kind: 'prior', id: 'omb-m-24-10', field: 'fate' }
 * @example parseFactRef('fact:measure:1.1.1#date') // => undefined
 */
export function parseFactRef(href: string): FactRef | undefined {
  const m = FACT_REF.exec(href);
  return m ? { kind: m[1] as FactKind, id: m[2]!, field: m[3]! } : undefined;
}

export function isFactHref(href: string): boolean {
  return href.startsWith('fact:');
}

/** Every fact's level, keyed by `kind:id#field`: read from the data files, so the content check and the Markdown plugin agree. */
export type FactLevels = Map<string, Certainty>;

const COLLECTION: Record<FactKind, string> = { order: 'orders', prior: 'prior', document: 'documents' };

function pick(record: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), record);
}

export function buildFactLevels(tree: ContentTree): FactLevels {
  const levels: FactLevels = new Map();
  for (const [kind, fields] of Object.entries(FACT_FIELDS) as [FactKind, Record<string, string>][]) {
    for (const raw of tree.data[COLLECTION[kind] as keyof ContentTree['data']]?.records ?? []) {
      const record = raw as Record<string, unknown>;
      for (const [field, path] of Object.entries(fields)) {
        const level = pick(record, path);
        if ((VERIFICATION_LEVELS as readonly unknown[]).includes(level)) levels.set(`${kind}:${String(record.id)}#${field}`, level as Certainty);
      }
    }
  }
  return levels;
}

export type FactResolution = { ok: true; ref: FactRef; level: Certainty } | { ok: false; message: string; fix: string };

export function resolveFact(href: string, levels: FactLevels): FactResolution {
  const ref = parseFactRef(href);
  if (!ref) return { ok: false, message: `"${href}" is not a valid fact link`, fix: FACT_REF_HELP };
  const level = levels.get(`${ref.kind}:${ref.id}#${ref.field}`);
  if (level) return { ok: true, ref, level };
  const known = [...levels.keys()].filter((k) => k.startsWith(`${ref.kind}:`));
  if (!known.some((k) => k.startsWith(`${ref.kind}:${ref.id}#`))) {
    return {
      ok: false,
      message: `unknown ${ref.kind} "${ref.id}" in fact link "${href}"`,
      fix: `use an existing ${ref.kind} ID (for example ${[...new Set(known.map((k) => k.slice(ref.kind.length + 1).split('#')[0]))]
        .slice(0, 2)
        .map((id) => `"${id}"`)
        .join(', ')})`,
    };
  }
  return {
    ok: false,
    message: `${ref.kind} "${ref.id}" has no fact "#${ref.field}" with a verification level`,
    fix: `use one of #${Object.keys(FACT_FIELDS[ref.kind]).join(', #')}`,
  };
}

/** Fact links in a Markdown source, `[text](fact:…)`, with their line. */
export function factLinks(source: string): { href: string; line: number }[] {
  return [...source.matchAll(/\]\((fact:[^)\s]*)\)/g)].map((m) => ({ href: m[1]!, line: source.slice(0, m.index).split('\n').length }));
}

/** Every fact link in the prose resolves to a fact with a level (the plugin would stop the build too, but Astro's loader only logs it). */
export function checkFactLinks(tree: ContentTree): Problem[] {
  const levels = buildFactLevels(tree);
  const problems: Problem[] = [];
  for (const text of tree.texts) {
    for (const link of text.facts ?? []) {
      const result = resolveFact(link.href, levels);
      if (!result.ok) problems.push({ file: `${text.file}:${link.line}`, field: `fact link "${link.href}"`, message: result.message, fix: result.fix });
    }
  }
  return problems;
}
