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
import type { ContentTree } from './collections';
import type { ContentCheck } from './checks/shared';
import { checkDataFiles } from './checks/data-files';
import { checkIdsAndReferences } from './checks/ids-and-references';
import { checkMeasurePlacement } from './checks/measure-placement';
import { checkTextsPresent } from './checks/texts-present';
import { checkTextPaths } from './checks/text-paths';
import { checkDocumentSections } from './checks/document-sections';
import { checkTopics } from './checks/topics';
import { checkChanges } from './checks/changes';
import { checkRedirectList } from './checks/redirect-list';
import { checkCrossLinks } from './checks/cross-links';

/**
 * The cross-file checks that Zod cannot do one entry at a time, one file each in `checks/` (see its
 * README), in the order their problems are reported.
 */
export const CROSS_FILE_CHECKS: readonly ContentCheck[] = [
  checkDataFiles,
  checkIdsAndReferences,
  checkMeasurePlacement,
  checkTextsPresent,
  checkTextPaths,
  checkDocumentSections,
  checkTopics,
  checkChanges,
  checkRedirectList,
  checkCrossLinks,
];

/** Every cross-file check on a content tree: pure, the problems each name the file, the field and the fix. */
export function checkContent(tree: ContentTree): Problem[] {
  return CROSS_FILE_CHECKS.flatMap((check) => check(tree));
}

/** A problem as the build and `npm run check:content` print it. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}\n  Fix: ${p.fix}`;
}

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
