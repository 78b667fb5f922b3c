import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { readContentTree } from '../../src/lib/content/tree';
import { buildModel, type RawCollections } from '../../src/lib/content/model';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export const realTree = () => readContentTree(ROOT);

export function realModel() {
  const tree = realTree();
  const raw = Object.fromEntries(Object.entries(tree.data).map(([k, v]) => [k, v.records]));
  return buildModel(raw as unknown as RawCollections);
}

export function readJson<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(join(ROOT, relative), 'utf8')) as T;
}

/** Front matter and body of a prose file. */
export function readText(relative: string): { data: Record<string, unknown>; body: string } {
  const source = readFileSync(join(ROOT, relative), 'utf8');
  const match = source.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
  if (!match) throw new Error(`${relative}: no front matter`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

export function wordCount(text: string): number {
  return text
    .replace(/\]\([^)]*\)/g, ']')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
