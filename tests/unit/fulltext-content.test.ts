import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, readJson } from '../helpers/content';
import { checkFulltext } from '../../src/lib/fulltext/check';
import { fulltextFiles } from '../../src/lib/fulltext/collections';
import {
  orderBlockSchema,
  planTextSchema,
  translationSchema,
} from '../../src/lib/fulltext/schemas';

const measureIds = new Set(
  readJson<{ id: string }[]>('content/data/measures.json').map((m) => m.id),
);

describe('primary texts in content/fulltext', () => {
  it('pass the content check', () => {
    expect(checkFulltext(ROOT, measureIds)).toEqual([]);
  });

  it('load as one entry per file with the documented IDs', () => {
    expect(fulltextFiles(ROOT, 'planText').map((f) => f.id)).toEqual(['plan']);
    expect(fulltextFiles(ROOT, 'planTranslations').map((f) => f.id)).toEqual(['de']);
    expect(fulltextFiles(ROOT, 'orderTranslations').map((f) => f.id)).toEqual([
      'de/14179',
      'de/14318',
      'de/14319',
      'de/14320',
      'de/14365',
    ]);
    expect(fulltextFiles(ROOT, 'orderTexts')).toHaveLength(10);
    for (const f of fulltextFiles(ROOT, 'orderTexts'))
      for (const b of f.data.blocks as unknown[]) orderBlockSchema.parse(b);
    planTextSchema.parse(fulltextFiles(ROOT, 'planText')[0]!.data);
  });

  it('schemas refuse unknown fields and malformed anchors', () => {
    const block = { id: 'intro-1', kind: 'paragraph', pdfPage: 4, printedPage: '1', text: 'x' };
    expect(planTextSchema.safeParse({ blocks: [block] }).success).toBe(true);
    expect(planTextSchema.safeParse({ blocks: [{ ...block, colour: 'red' }] }).success).toBe(false);
    expect(planTextSchema.safeParse({ blocks: [{ ...block, kind: 'action' }] }).success).toBe(
      false,
    ); // an action names its measure
    expect(translationSchema.safeParse({ texts: { 'Intro 1': 'x' } }).success).toBe(false);
  });
});

describe('translation check', () => {
  it('names file, block and fix for a missing and for an orphan translation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-fulltext-'));
    try {
      cpSync(join(ROOT, 'content', 'fulltext'), join(dir, 'content', 'fulltext'), {
        recursive: true,
      });
      const file = join(dir, 'content', 'fulltext', 'orders', '14319.de.json');
      const de = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      delete de['sec-4-b-iii'];
      de['sec-9-z'] = 'Erfunden.';
      de['sec-1-p1'] = `${de['sec-1-p1']} [^3]`;
      writeFileSync(file, JSON.stringify(de));
      const problems = checkFulltext(dir, measureIds);
      expect(problems).toHaveLength(3);
      expect(problems.map((p) => [p.file, p.field])).toEqual([
        ['content/fulltext/orders/14319.de.json', 'sec-1-p1'],
        ['content/fulltext/orders/14319.de.json', 'sec-4-b-iii'],
        ['content/fulltext/orders/14319.de.json', 'sec-9-z'],
      ]);
      expect(problems[1]!.fix).toBe(
        'add "sec-4-b-iii": "<translation>" to content/fulltext/orders/14319.de.json',
      );
      expect(problems[2]!.fix).toMatch(/remove "sec-9-z"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an action whose measure does not exist', () => {
    const problems = checkFulltext(ROOT, new Set([...measureIds].filter((id) => id !== '1.3.2')));
    expect(problems.map((p) => p.field)).toEqual(['action-1-3-2']);
  });
});
