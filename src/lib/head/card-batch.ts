import { recordPhase } from '../build/timings';
import { prerenderPngs } from './render-png';

let batchStarted = false;

/**
 * In a build, starts rendering every card across the cores as soon as the card route lists its
 * paths, long before Astro asks for the first one (the dev server renders only the card it serves).
 */
export function startCardBatch(svgs: readonly string[]): void {
  if (batchStarted || import.meta.env.DEV) return;
  batchStarted = true;
  const started = performance.now();
  void prerenderPngs(svgs).then(() => recordPhase('cards', performance.now() - started));
}
