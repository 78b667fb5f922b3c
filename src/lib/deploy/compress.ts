import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { PRECOMPRESS_EXTENSIONS, PRECOMPRESS_MIN_BYTES, brotliQualityFor } from './policy';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

async function* files(dir: string, skip: ReadonlySet<string> = new Set()): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) yield* files(path);
    } else if (entry.isFile()) yield path;
  }
}

export interface CompressionResult {
  files: number;
  bytes: number;
  gzip: number;
  brotli: number;
}

/** The figures of several `precompress` runs, added up. */
export function totalOf(results: readonly CompressionResult[]): CompressionResult {
  const total: CompressionResult = { files: 0, bytes: 0, gzip: 0, brotli: 0 };
  for (const r of results)
    for (const key of Object.keys(total) as (keyof CompressionResult)[]) total[key] += r[key];
  return total;
}

function compress(body: Buffer, quality: number): Promise<[Buffer, Buffer]> {
  return Promise.all([
    gzipAsync(body, { level: 9 }),
    brotliAsync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  ]);
}

/**
 * Both variants of `body`, from `cacheDir` when the same bytes were compressed at the same quality
 * before: compressing is most of a warm build's time, and most files do not change between builds.
 * Keyed by the SHA-256 of the bytes and the quality, so a cached variant is exactly what compressing
 * would give.
 */
async function variants(
  body: Buffer,
  quality: number,
  cacheDir: string | undefined,
): Promise<[Buffer, Buffer]> {
  if (!cacheDir) return compress(body, quality);
  const key = join(cacheDir, `${createHash('sha256').update(body).digest('hex')}-q${quality}`);
  try {
    return await Promise.all([readFile(`${key}.gz`), readFile(`${key}.br`)]);
  } catch {
    const fresh = await compress(body, quality);
    await Promise.all([writeFile(`${key}.gz`, fresh[0]), writeFile(`${key}.br`, fresh[1])]);
    return fresh;
  }
}

/**
 * Writes `file.gz` (gzip level 9) and `file.br` (brotli, quality by type) next to every text file of
 * the build of at least `PRECOMPRESS_MIN_BYTES`, for servers that send precompressed files (nginx
 * `gzip_static`, `brotli_static`) and CDNs that upload them. A variant is kept only where it is smaller; it gets the original's modification
 * time, so Last-Modified is the same in every encoding. Deterministic: same input, same bytes, with or
 * without `cacheDir`. Folders named in `skipDirs` directly under `dir` are left out (one that another
 * process is still writing).
 */
export async function precompress(
  dir: string,
  extensions: readonly string[] = PRECOMPRESS_EXTENSIONS,
  cacheDir?: string,
  skipDirs: readonly string[] = [],
): Promise<CompressionResult> {
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const wanted = new Set(extensions.map((e) => `.${e}`));
  const result: CompressionResult = { files: 0, bytes: 0, gzip: 0, brotli: 0 };
  const queue: string[] = [];
  for await (const file of files(dir, new Set(skipDirs)))
    if (wanted.has(extname(file))) queue.push(file);
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const { mtime, size } = await stat(file);
      if (size < PRECOMPRESS_MIN_BYTES) continue;
      const body = await readFile(file);
      const [gz, br] = await variants(body, brotliQualityFor(extname(file).slice(1)), cacheDir);
      result.files += 1;
      result.bytes += body.length;
      for (const [suffix, data] of [['.gz', gz] as const, ['.br', br] as const]) {
        if (data.length >= body.length) continue;
        await writeFile(file + suffix, data);
        await utimes(file + suffix, mtime, mtime);
        if (suffix === '.gz') result.gzip += data.length;
        else result.brotli += data.length;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return result;
}
