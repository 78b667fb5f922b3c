import type { PlanBlock } from './schemas';

/** One block of the plan page with what the page puts before it. */
export interface PlanRow {
  block: PlanBlock;
  /** A page starts with this block: the page marker shown before it. */
  pageStart?: { pdfPage: number; printedPage: string };
  /** The first footnote: the footnotes' heading goes before it. */
  footnotesStart: boolean;
  /** Level of the block's self-link heading: one below the heading it stands under. */
  pinLevel: number;
}

/**
 * The plan in reading order, with a page marker wherever a block starts on a new page (breaks inside
 * a block are marked inline) and the heading level each self-link gets. Footnotes stand under their
 * own h2 at the end.
 */
export function planTextLayout(blocks: readonly PlanBlock[]): PlanRow[] {
  let pdf = 0;
  let level = 1;
  let inFootnotes = false;
  return blocks.map((block) => {
    const footnotesStart = block.kind === 'footnote' && !inFootnotes;
    if (footnotesStart) {
      inFootnotes = true;
      level = 2;
    }
    const row: PlanRow = { block, footnotesStart, pinLevel: level + 1 };
    if (!inFootnotes && block.pdfPage !== pdf)
      row.pageStart = { pdfPage: block.pdfPage, printedPage: block.printedPage };
    if (block.kind === 'heading') level = block.level;
    if (!inFootnotes)
      pdf = ('breaks' in block ? block.breaks?.at(-1)?.pdfPage : undefined) ?? block.pdfPage;
    return row;
  });
}
