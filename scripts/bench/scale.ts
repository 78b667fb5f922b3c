import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface MeasureRecord {
  id: string;
  section: string;
  number: number;
  [field: string]: unknown;
}

const asAnchor = (id: string) => `action-${id.replaceAll('.', '-')}`;

/**
 * What the checks demand of every measure besides its record and texts, cloned from the original: a
 * tracker status, and its recommended action in the plan's text (English block, German translation).
 */
function cloneAlongside(root: string, clones: MeasureRecord[]): void {
  const original = (id: string) => id.replace(/\.(\d+)$/, (_, n: string) => `.${Number(n) % 10}`);
  const statusFile = join(root, 'content', 'data', 'statuses.json');
  const statuses = JSON.parse(readFileSync(statusFile, 'utf8')) as { id: string }[];
  const statusOf = new Map(statuses.map((st) => [st.id, st]));
  const newStatuses = clones.flatMap((c) => {
    const st = statusOf.get(original(c.id));
    // No tracker event names a clone, so a clone can only be assessed as having none.
    return st ? [{ ...st, id: c.id, status: 'no-evidence' }] : [];
  });
  writeFileSync(statusFile, JSON.stringify([...statuses, ...newStatuses], null, 2));

  const planEn = join(root, 'content', 'fulltext', 'plan.en.json');
  const planDe = join(root, 'content', 'fulltext', 'plan.de.json');
  const blocks = JSON.parse(readFileSync(planEn, 'utf8')) as { id: string; measure?: string }[];
  const german = JSON.parse(readFileSync(planDe, 'utf8')) as Record<string, unknown>;
  const blockOf = new Map(blocks.filter((b) => b.measure).map((b) => [b.measure!, b]));
  for (const c of clones) {
    const block = blockOf.get(original(c.id));
    if (!block) continue;
    blocks.push({ ...block, id: asAnchor(c.id), measure: c.id });
    if (block.id in german) german[asAnchor(c.id)] = german[block.id];
  }
  writeFileSync(planEn, JSON.stringify(blocks, null, 2));
  writeFileSync(planDe, JSON.stringify(german, null, 2));
}

/**
 * Turns the content of a project copy into a synthetic one with `factor`× the measures: each measure
 * gets `factor - 1` clones numbered 10, 20, … above the original (1.3.2 → 1.3.12, 1.3.22, …; the
 * schema allows two-digit action numbers, and no section has more than nine actions),
 * with the original's facts and texts in both languages. Every reference in a clone points to a real
 * entity, so the copy passes the content check like the original.
 */
export function multiplyMeasures(root: string, factor: number, locales: readonly string[]): number {
  const file = join(root, 'content', 'data', 'measures.json');
  const measures = JSON.parse(readFileSync(file, 'utf8')) as MeasureRecord[];
  if (factor > 10 || measures.some((m) => m.number > 9)) throw new Error('scale run: IDs would collide; the numbering scheme allows at most 10× with single-digit action numbers');
  const clones: MeasureRecord[] = [];
  for (let k = 1; k < factor; k++) {
    for (const m of measures) {
      const number = m.number + 10 * k;
      const id = `${m.section}.${number}`;
      clones.push({ ...m, id, number });
      for (const locale of locales) {
        const text = join(root, 'content', 'text', locale, 'measures', `${m.id}.md`);
        if (existsSync(text)) copyFileSync(text, join(root, 'content', 'text', locale, 'measures', `${id}.md`));
      }
    }
  }
  writeFileSync(file, JSON.stringify([...measures, ...clones], null, 2));
  cloneAlongside(root, clones);
  return measures.length + clones.length;
}
