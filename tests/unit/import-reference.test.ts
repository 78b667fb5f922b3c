import { describe, expect, it } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/content';
import { importReference, mergeRecords } from '../../scripts/import-reference.mjs';

type Row = Record<string, unknown>;
const run = importReference as (ref: string, out: string, log?: (s: string) => void) => string[];
const merge = mergeRecords as (
  name: string,
  existing: Row[],
  incoming: Row[],
  warn?: (s: string) => void,
) => Row[];

const REFERENCE = join(ROOT, '..', 'shared', 'reference');
const DATA = join(ROOT, 'content', 'data');

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  cpSync(DATA, dir, { recursive: true });
  return dir;
}
const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const readRows = (dir: string, name: string) =>
  JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Row[];

describe('npm run import-reference', () => {
  it.skipIf(!existsSync(REFERENCE))(
    'is a no-op on an unchanged reference: content/data stays byte-identical',
    () => {
      const dir = copyOfData();
      try {
        const before = snapshot(dir);
        expect(run(REFERENCE, dir, () => {})).toEqual([]);
        expect(snapshot(dir)).toEqual(before);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it.skipIf(!existsSync(REFERENCE))('keeps hand-edited fields and restores reference facts', () => {
    const dir = copyOfData();
    try {
      const measures = readRows(dir, 'measures');
      const edited = measures[0]!;
      edited.checked = '2026-12-01';
      edited.instruments = ['guidance'];
      edited.keyPhrase = 'a phrase the reference does not have';
      const orders = readRows(dir, 'orders');
      const implemented = orders.find((o) => (o.implements as unknown[]).length > 0)!;
      const prior = readRows(dir, 'prior');
      const agencies = readRows(dir, 'agencies');
      agencies[0]!.glossDe = 'Eine von Hand geänderte Glosse';
      writeFileSync(join(dir, 'measures.json'), JSON.stringify(measures, null, 2) + '\n');
      writeFileSync(join(dir, 'agencies.json'), JSON.stringify(agencies, null, 2) + '\n');

      expect(run(REFERENCE, dir, () => {}).sort()).toEqual(['measures.json']);
      const after = readRows(dir, 'measures').find((m) => m.id === edited.id)!;
      expect(after.checked).toBe('2026-12-01');
      expect(after.instruments).toEqual(['guidance']);
      expect(after.keyPhrase).toBe(readRows(DATA, 'measures')[0]!.keyPhrase);
      expect(readRows(dir, 'agencies')[0]!.glossDe).toBe('Eine von Hand geänderte Glosse');
      expect(readRows(dir, 'orders').find((o) => o.id === implemented.id)!.implements).toEqual(
        implemented.implements,
      );
      expect(readRows(dir, 'prior').map((p) => p.fate)).toEqual(prior.map((p) => p.fate));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('mergeRecords', () => {
  it('keeps editorial fields, a record the reference dropped, and a value the reference leaves empty', () => {
    const warnings: string[] = [];
    const existing = [
      {
        id: 'a',
        titleEn: 'Old',
        officialUrl: 'https://example.org/a',
        fate: { status: 'retained' },
        checked: '2026-01-01',
      },
      { id: 'gone', titleEn: 'Gone', officialUrl: null },
    ];
    const incoming = [{ id: 'a', titleEn: 'New', officialUrl: null }];
    expect(merge('prior', existing, incoming, (w) => warnings.push(w))).toEqual([
      {
        id: 'a',
        titleEn: 'New',
        officialUrl: 'https://example.org/a',
        fate: { status: 'retained' },
        checked: '2026-01-01',
      },
      { id: 'gone', titleEn: 'Gone', officialUrl: null },
    ]);
    expect(warnings.join()).toContain('"gone" is no longer in the reference');
  });

  it('gives a new measure empty editorial lists', () => {
    expect(merge('measures', [], [{ id: '9.9.9', number: 9, note: 'not owned' }])).toEqual([
      { id: '9.9.9', number: 9, instruments: [], related: [] },
    ]);
  });
});
