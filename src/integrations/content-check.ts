import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../lib/content-check';
import { readContentTree } from '../lib/content-tree';
import { checkSchemas } from '../lib/schema-check';
import { checkProse } from '../lib/terminology-check';
import { checkCopiedRuns } from '../lib/copy-check';
import { checkEnglishStyle } from '../lib/english-style-check';
import { readProse } from '../lib/terminology-check';
import { recordPhase } from '../lib/build-timings';

/** Stops `astro build`/`dev` before any page is written when the content is inconsistent, so bad content never yields a partial site. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'atlas:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const started = performance.now();
        const tree = readContentTree(fileURLToPath(config.root));
        const problems = [
          ...checkSchemas(tree),
          ...checkContent(tree),
          ...checkProse(fileURLToPath(config.root)),
          ...checkCopiedRuns(fileURLToPath(config.root)),
          ...checkEnglishStyle(readProse(fileURLToPath(config.root), 'en')),
        ];
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
