import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../lib/content/all-checks';
import { runContentChecks } from '../lib/content/all-checks';
import { recordPhase } from '../lib/build/timings';

/** Stops `astro build`/`dev` before any page is written when the content is inconsistent, so bad content never yields a partial site. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'atlas:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const started = performance.now();
        const problems = runContentChecks(
          fileURLToPath(config.root),
          new Date().toISOString().slice(0, 10),
        );
        if (problems.length > 0) {
          const list = problems.map(formatProblem).join('\n');
          throw new Error(`Content check found ${problems.length} problem(s):\n${list}`);
        }
        recordPhase('content-check', performance.now() - started);
        logger.info('content check passed');
      },
    },
  };
}
