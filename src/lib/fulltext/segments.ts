import type { PageBreak } from './schemas';

/** A piece of a block's text as the page renders it. */
export type Segment =
  | { type: 'text'; text: string }
  /** A footnote mark `[^n]`. */
  | { type: 'note'; number: number }
  /** An inline page break: what follows stands on the given page. */
  | { type: 'break'; pdfPage: number; printedPage: string };

/**
 * Splits a text at its page breaks (code-point offsets into the text, as the importer counts) and
 * its footnote marks:
 * `segments('A.[^1] B', [{ offset: 6, pdfPage: 5, printedPage: '2' }])`
 * `// => [text 'A.', note 1, text ' ', break p. 2, text 'B']`.
 */
export function segments(text: string, breaks: readonly PageBreak[] = []): Segment[] {
  const chars = Array.from(text);
  const cuts = [...breaks].sort((a, b) => a.offset - b.offset);
  const pieces: { text: string; brk?: PageBreak }[] = [];
  let from = 0;
  for (const b of cuts) {
    if (b.offset > chars.length)
      throw new Error(
        `Page break at ${b.offset} lies beyond the text (${chars.length} characters)`,
      );
    pieces.push({ text: chars.slice(from, b.offset).join(''), brk: b });
    from = b.offset;
  }
  pieces.push({ text: chars.slice(from).join('') });
  const out: Segment[] = [];
  for (const piece of pieces) {
    for (const part of piece.text.split(/(\[\^\d+\])/)) {
      const note = /^\[\^(\d+)\]$/.exec(part);
      if (note) out.push({ type: 'note', number: Number(note[1]) });
      else if (part) out.push({ type: 'text', text: part });
    }
    if (piece.brk)
      out.push({ type: 'break', pdfPage: piece.brk.pdfPage, printedPage: piece.brk.printedPage });
  }
  return out;
}

/** The text without footnote marks: what a reader copies. */
export function plainText(text: string): string {
  return text.replace(/\[\^\d+\]/g, '');
}
