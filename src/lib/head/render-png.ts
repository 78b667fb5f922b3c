import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

/**
 * SVG to PNG with the machine's fonts, cached by the hash of the SVG and the settings: the same SVG
 * always yields the same file, which keeps builds reproducible, and an unchanged card is never
 * rendered twice. `ATLAS_CARD_CACHE` moves the cache (the benchmark's cold builds use an empty one).
 *
 * The settings are chosen for cost: a card is four flat colours and anti-aliased text, which 16
 * palette colours without dithering keep sharp, at a fifth of the time and two thirds of the bytes
 * of a full-effort palette at zlib level 9 (measured in issue 16).
 */
const CACHE =
  process.env.ATLAS_CARD_CACHE || join(process.cwd(), 'node_modules', '.cache', 'atlas-cards');
const OPTIONS = { compressionLevel: 6, palette: true, colours: 16, dither: 0, effort: 1 } as const;

// One libvips thread per card and one card per core at a time: encoding a PNG is single-threaded,
// so cards side by side use the cores better than threads inside one card.
sharp.concurrency(1);
const LIMIT = Math.max(1, availableParallelism());
let active = 0;
const waiting: (() => void)[] = [];

async function inSlot<T>(work: () => Promise<T>): Promise<T> {
  if (active >= LIMIT) await new Promise<void>((resolve) => waiting.push(resolve));
  active++;
  try {
    return await work();
  } finally {
    active--;
    waiting.shift()?.();
  }
}

async function render(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256')
    .update(JSON.stringify([svg, OPTIONS, sharp.versions]))
    .digest('hex');
  const file = join(CACHE, `${key}.png`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const png = new Uint8Array(await inSlot(() => sharp(Buffer.from(svg)).png(OPTIONS).toBuffer()));
  mkdirSync(CACHE, { recursive: true });
  // Builds in temporary copies share the cache: write aside and rename, so no reader sees half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}

/** Renders started ahead by `prerenderPngs`, until their page asks for them. */
const started = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

export function renderPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const ahead = started.get(svg);
  if (ahead) {
    started.delete(svg);
    return ahead;
  }
  return render(svg);
}

/**
 * Starts rendering every card the build will ask for, as many at a time as there are cores; Astro
 * asks for them one by one. A failure surfaces when its page asks for the card; the promise
 * returned settles when all are done.
 */
export function prerenderPngs(svgs: Iterable<string>): Promise<void> {
  const all: Promise<unknown>[] = [];
  for (const svg of svgs) {
    if (started.has(svg)) continue;
    const png = render(svg);
    all.push(png.catch(() => {}));
    started.set(svg, png);
  }
  return Promise.all(all).then(() => {});
}
