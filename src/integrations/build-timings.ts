import type { AstroIntegration } from 'astro';
import { recordPhase } from '../lib/build/timings';

/** Times Astro's own build (bundling and page generation); placed before the Pagefind step, whose `build:done` comes after. */
export function buildTimings(): AstroIntegration {
  let started = 0;
  return {
    name: 'atlas:build-timings',
    hooks: {
      'astro:build:start': () => {
        started = performance.now();
      },
      'astro:build:done': () => {
        recordPhase('astro', performance.now() - started);
      },
    },
  };
}
