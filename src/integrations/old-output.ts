import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setAsideOldOutput } from '../lib/build/old-output';

/** Before Astro builds: the previous output is set aside and removed beside the build (src/lib/build/old-output.ts). */
export function oldOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  return {
    name: 'atlas:old-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = join(fileURLToPath(config.root), 'node_modules', '.cache');
      },
      'astro:build:start': () => {
        setAsideOldOutput(outDir, cacheDir);
      },
    },
  };
}
