import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface MeasureRecord {
  id: string;
  section: string;
  number: number;
  [field: string]: unknown;
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
  return measures.length + clones.length;
}
