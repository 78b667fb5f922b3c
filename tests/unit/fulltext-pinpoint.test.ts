import { describe, expect, it } from 'vitest';
import {
  clauseLabel,
  orderPinpointCitation,
  orderPinpointLabel,
  planPinpointCitation,
  planPinpointLabel,
  planPinpoints,
} from '../../src/lib/fulltext/pinpoint';
import { segments } from '../../src/lib/fulltext/segments';
import { planTextLayout } from '../../src/lib/fulltext/plan-layout';
import type { PlanBlock } from '../../src/lib/fulltext/schemas';
import {
  actionAnchor,
  orderTextPath,
  planTextPath,
  provisionAnchor,
} from '../../src/lib/routes/fulltext-urls';
import { orderPassageCitation, planPassageCitation } from '../../src/lib/fulltext/citation';
import { plain } from '../../src/lib/citation/formats';
import type { Order } from '../../src/lib/content/model';

// Expectations written by hand: the forms a journalist or a court would write.

const p = (
  id: string,
  printedPage: string,
  pdfPage: number,
  kind: PlanBlock['kind'] = 'paragraph',
): PlanBlock =>
  kind === 'heading'
    ? { id, kind, level: 3, printedPage, pdfPage, text: 'Heading' }
    : kind === 'footnote'
      ? { id, kind, number: Number(id.slice(3)), printedPage, pdfPage, text: 'Note.' }
      : { id, kind: 'paragraph', printedPage, pdfPage, text: 'Text.' };

describe('plan pinpoints', () => {
  const blocks: PlanBlock[] = [
    p('intro', '1', 4, 'heading'),
    p('intro-1', '1', 4),
    p('intro-2', '1', 4),
    {
      id: 'intro-3',
      kind: 'paragraph',
      printedPage: '1',
      pdfPage: 4,
      text: 'Runs on to page 2.',
      breaks: [{ offset: 8, pdfPage: 5, printedPage: '2' }],
    },
    p('sec-1-1', '2', 5, 'heading'),
    p('sec-1-1-p1', '2', 5),
    p('fn-1', '1', 4, 'footnote'),
  ];
  const pins = planPinpoints(blocks);

  it('counts paragraphs per printed page, a paragraph that runs on belonging to the page it starts on', () => {
    expect(planPinpointLabel(pins.get('intro-1')!, 'en')).toBe('p. 1, para. 1');
    expect(planPinpointLabel(pins.get('intro-3')!, 'en')).toBe('p. 1, para. 3');
    expect(planPinpointLabel(pins.get('sec-1-1-p1')!, 'en')).toBe('p. 2, para. 1');
  });

  it('gives headings the page alone and footnotes their number', () => {
    expect(planPinpointLabel(pins.get('sec-1-1')!, 'en')).toBe('p. 2');
    expect(planPinpointLabel(pins.get('fn-1')!, 'en')).toBe('p. 1, n. 1');
    expect(planPinpointLabel(pins.get('fn-1')!, 'de')).toBe('S. 1, Fn. 1');
  });

  it('formats the citation in both languages', () => {
    expect(planPinpointCitation({ page: '15', paragraph: 2 }, 'en')).toBe('Plan, p. 15, para. 2');
    expect(planPinpointCitation({ page: '15', paragraph: 2 }, 'de')).toBe('Plan, S. 15, Abs. 2');
    expect(planPinpointCitation({ page: 'i', paragraph: 1 }, 'de')).toBe('Plan, S. i, Abs. 1');
  });

  it('cites the plan at a passage in full', () => {
    expect(plain(planPassageCitation('en', { page: '15', paragraph: 2 }))).toBe(
      'The White House, Winning the Race: America’s AI Action Plan, July 2025, p. 15, para. 2.',
    );
    expect(plain(planPassageCitation('de', { page: '15', paragraph: 2 }))).toBe(
      'The White House, Winning the Race: America’s AI Action Plan, Juli 2025, S. 15, Abs. 2.',
    );
  });

  it('puts a page marker before a block that starts a page, not after an inline break', () => {
    const rows = planTextLayout(blocks);
    expect(rows.map((r) => r.pageStart?.printedPage)).toEqual([
      '1',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(rows.map((r) => r.pinLevel)).toEqual([2, 4, 4, 4, 4, 4, 3]);
    expect(rows.at(-1)!.footnotesStart).toBe(true);
  });
});

describe('order pinpoints', () => {
  it('writes clause labels as lawyers do', () => {
    expect(clauseLabel(['4', 'b', 'iii'], 'en')).toBe('Sec. 4(b)(iii)');
    expect(clauseLabel(['4', 'b', 'iii'], 'de')).toBe('Abschnitt 4 Buchst. b Ziff. iii');
    expect(clauseLabel(['4'], 'en')).toBe('Sec. 4');
    expect(clauseLabel(['4'], 'de')).toBe('Abschnitt 4');
    expect(clauseLabel(['3', 'a', 'ii', 'B'], 'en')).toBe('Sec. 3(a)(ii)(B)');
    expect(clauseLabel(['3', 'a', 'ii', 'B', '1'], 'de')).toBe(
      'Abschnitt 3 Buchst. a Ziff. ii Unterbuchst. B Nr. 1',
    );
    expect(clauseLabel(['2', 'p1'], 'en')).toBe('Sec. 2, para. 1');
    expect(clauseLabel(['2', 'p1'], 'de')).toBe('Abschnitt 2 Abs. 1');
  });

  it('names the preamble and the signature', () => {
    expect(orderPinpointLabel({ kind: 'preamble', path: [] }, 'en')).toBe('preamble');
    expect(orderPinpointLabel({ kind: 'signature', path: [] }, 'de')).toBe('Unterzeichnung');
  });

  it('formats the citation with the order number', () => {
    expect(orderPinpointCitation('14319', { kind: 'clause', path: ['4', 'b', 'iii'] }, 'en')).toBe(
      'EO 14319, Sec. 4(b)(iii)',
    );
    expect(orderPinpointCitation('14319', { kind: 'clause', path: ['4', 'b', 'iii'] }, 'de')).toBe(
      'EO 14319, Abschnitt 4 Buchst. b Ziff. iii',
    );
  });

  it('cites an order at a clause in Bluebook form', () => {
    const order = {
      id: '14319',
      number: '14319',
      citation: '90 FR 35389',
      frPublicationDate: '2025-07-28',
      signingDate: '2025-07-23',
    } as Order;
    expect(plain(orderPassageCitation(order, 'en', ['4', 'b', 'iii']))).toBe(
      'Exec. Order No. 14319, § 4(b)(iii), 90 Fed. Reg. 35389 (July 28, 2025).',
    );
  });
});

describe('text segments', () => {
  it('splits at footnote marks and at page breaks counted in code points', () => {
    expect(segments('AI.[^1] Next', [{ offset: 8, pdfPage: 5, printedPage: '2' }])).toEqual([
      { type: 'text', text: 'AI.' },
      { type: 'note', number: 1 },
      { type: 'text', text: ' ' },
      { type: 'break', pdfPage: 5, printedPage: '2' },
      { type: 'text', text: 'Next' },
    ]);
    // "—" is one code point (and one UTF-16 unit); an astral character would be two units but one offset.
    expect(
      segments('a😀b', [{ offset: 2, pdfPage: 3, printedPage: 'ii' }]).map((s) =>
        s.type === 'text' ? s.text : '|',
      ),
    ).toEqual(['a😀', '|', 'b']);
  });

  it('refuses a break beyond the text', () => {
    expect(() => segments('short', [{ offset: 9, pdfPage: 3, printedPage: '1' }])).toThrow(
      /beyond the text/,
    );
  });
});

describe('full-text URLs', () => {
  it('builds the paths and anchors', () => {
    expect(planTextPath('de')).toBe('/de/plan/text/');
    expect(planTextPath('en', 'sec-1-3-p2')).toBe('/en/plan/text/#sec-1-3-p2');
    expect(actionAnchor('1.3.2')).toBe('action-1-3-2');
    expect(orderTextPath('14319', 'de', 'sec-4-b-iii')).toBe('/de/orders/14319/text/#sec-4-b-iii');
  });

  it('reads deadline keys as clause anchors', () => {
    expect(provisionAnchor('Sec. 4(b)(iii)')).toBe('sec-4-b-iii');
    expect(provisionAnchor('Sec. 5(a) (2)')).toBe('sec-5-a');
    expect(provisionAnchor('Sec. 6(b)-(d)')).toBe('sec-6-b');
    expect(provisionAnchor('Secs. 7(a)-(c), 8(a)-(e)')).toBe('sec-7-a');
    expect(provisionAnchor('Sec. 3')).toBe('sec-3');
    expect(provisionAnchor('Sec. 2(A)')).toBe('sec-2-a');
    expect(provisionAnchor('n/a')).toBeUndefined();
  });
});
