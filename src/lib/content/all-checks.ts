import { checkContent, formatProblem } from './check';
import { readContentTree } from './tree';
import { checkSchemas } from './schema-check';
import type { Problem } from './collections';
import { checkFulltext } from '../fulltext/check';
import { checkProse, readProse } from '../editorial/terminology-check';
import { checkCopiedRuns } from '../editorial/copy-check';
import { checkEnglishStyle } from '../editorial/english-style-check';
import { checkOtherAgencies } from '../editorial/other-agencies';
import { checkQuotes } from '../editorial/quote-check';
import { checkTracker } from '../tracker/check';
import { checkCheckedDates, checkProseSafety } from './prose-safety';
import { readTrackerFiles } from '../tracker/tree';
import { checkFactLinks } from './certainty';
import { checkHedges } from '../editorial/hedge-check';

export { formatProblem };

/**
 * Every check the build runs before it writes a page, in one list, so the build and
 * `npm run check:content` (seconds, no pages) refuse exactly the same content.
 * `today` is a parameter because dates in the data may not lie after the day of the build.
 */
export function runContentChecks(root: string, today: string): Problem[] {
  const tree = readContentTree(root);
  const measures = new Set((tree.data.measures?.records ?? []).map((r) => String((r as { id?: unknown }).id)));
  return [
    ...checkSchemas(tree),
    ...checkContent(tree),
    ...checkFulltext(root, measures),
    ...checkProse(root),
    ...checkOtherAgencies(root),
    ...checkCopiedRuns(root),
    ...checkEnglishStyle(readProse(root, 'en')),
    ...checkQuotes(root),
    ...checkTracker(tree, readTrackerFiles(root), today),
    ...checkProseSafety(root),
    ...checkFactLinks(tree),
    ...checkHedges(root),
    ...Object.values(tree.data).flatMap((d) => checkCheckedDates(d.file, d.records, today)),
  ];
}
