import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../lib/content/check';
import { readContentTree } from '../lib/content/tree';
import { checkSchemas } from '../lib/content/schema-check';
import { recordPhase } from '../lib/build/timings';
import { checkFulltext } from '../lib/fulltext/check';
import { checkProse, readProse } from '../lib/editorial/terminology-check';
import { checkCopiedRuns } from '../lib/editorial/copy-check';
import { checkEnglishStyle } from '../lib/editorial/english-style-check';
import { checkTracker } from '../lib/tracker/check';
import { checkCheckedDates, checkProseSafety } from '../lib/content/prose-safety';
import { readTrackerFiles } from '../lib/tracker/tree';

/** Stops `astro build`/`dev` before any page is written when the content is inconsistent, so bad content never yields a partial site. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'atlas:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(config.root);
        const tree = readContentTree(root);
        const measures = new Set((tree.data.measures?.records ?? []).map((r) => String((r as { id?: unknown }).id)));
        // Dates in the data may not lie after the day of the build.
        const today = new Date().toISOString().slice(0, 10);
        const problems = [
          ...checkSchemas(tree),
          ...checkContent(tree),
          ...checkFulltext(root, measures),
          ...checkProse(root),
          ...checkCopiedRuns(root),
          ...checkEnglishStyle(readProse(root, 'en')),
          ...checkTracker(tree, readTrackerFiles(root), today),
          ...checkProseSafety(root),
          ...Object.values(tree.data).flatMap((d) => checkCheckedDates(d.file, d.records, today)),
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
