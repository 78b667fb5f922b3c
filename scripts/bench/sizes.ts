import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Raw and compressed size, at the levels a static host typically serves (gzip 9, brotli 11). */
export function sizes(body: Uint8Array): Sizes {
  return {
    raw: body.byteLength,
    gzip: gzipSync(body, { level: 9 }).byteLength,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}

/** Every file under `dir`, relative, with its size. */
export function filesWithSize(dir: string): { file: string; bytes: number }[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((file) => ({ file, stat: statSync(join(dir, file)) }))
    .filter((f) => f.stat.isFile())
    .map((f) => ({ file: f.file.replace(/\\/g, '/'), bytes: f.stat.size }));
}

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
