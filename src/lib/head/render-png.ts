import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/**
 * SVG to PNG with the machine's fonts. Rendering ~430 cards costs half a minute of CPU, and the test
 * run builds the site several times, so PNGs are cached by the hash of their SVG: the same SVG
 * always yields the same file, which keeps builds reproducible.
 */
const CACHE = join(process.cwd(), 'node_modules', '.cache', 'atlas-cards');
const OPTIONS = { compressionLevel: 9, palette: true } as const;

export async function renderPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256')
    .update(JSON.stringify([svg, OPTIONS, sharp.versions]))
    .digest('hex');
  const file = join(CACHE, `${key}.png`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const png = new Uint8Array(await sharp(Buffer.from(svg)).png(OPTIONS).toBuffer());
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, png);
  return png;
}
