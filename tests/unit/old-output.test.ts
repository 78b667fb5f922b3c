import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setAsideOldOutput } from '../../src/lib/build/old-output';

async function gone(dir: string): Promise<boolean> {
  for (let i = 0; i < 100 && existsSync(dir); i++) await new Promise((r) => setTimeout(r, 100));
  return !existsSync(dir);
}

describe('the previous build output', () => {
  it('is moved out of the way at once and removed by a detached process, with leftovers of earlier builds', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-old-output-'));
    try {
      const out = join(root, 'dist');
      const aside = join(root, 'cache');
      mkdirSync(join(out, 'de', 'measures'), { recursive: true });
      writeFileSync(join(out, 'de', 'measures', 'index.html'), '<p>alt</p>');
      mkdirSync(join(aside, 'old-output-1-2'), { recursive: true });
      mkdirSync(join(aside, 'atlas-cards'));
      const doomed = setAsideOldOutput(out, aside);
      expect(existsSync(out)).toBe(false);
      expect(doomed).toHaveLength(2);
      for (const dir of doomed) expect(await gone(dir)).toBe(true);
      // Other caches beside it are left alone.
      expect(readdirSync(aside)).toEqual(['atlas-cards']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('does nothing to a missing output', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-old-output-'));
    try {
      expect(setAsideOldOutput(join(root, 'dist'), join(root, 'cache'))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
