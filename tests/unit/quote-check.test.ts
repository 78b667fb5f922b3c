import { describe, expect, it } from 'vitest';
import {
  checkEnglishPageQuotes,
  checkGermanQuotations,
  checkQuoteLinks,
  checkQuotes,
  findQuote,
  normalizeQuote,
  orderIndex,
  planIndex,
  type QuoteSources,
  type QuoteStats,
} from '../../src/lib/editorial/quote-check';
import { quoteLinksAsText, withQuoteText } from '../../src/lib/editorial/quote-text';
import { ROOT } from '../helpers/content';

const plan = planIndex([
  { printedPage: '14', text: 'Heading on fourteen' },
  {
    printedPage: '14',
    // The page turns after "premature " (offset 35); the footnote mark does not count for the words.
    text: 'We must stabilize and prevent the premature decommissioning of critical power generation resources.[^3] Then grow.',
    breaks: [{ offset: 35, pdfPage: 18, printedPage: '15' }],
  },
  {
    printedPage: '15',
    text: 'Build “try-first” culture through DOC’s revamped CHIPS\u00ad Program   Office.',
  },
  { printedPage: '16', text: 'Breakthroughs and more. The rest goes here.' },
]);
const order = orderIndex([
  { kind: 'preamble', path: [], text: 'By the authority vested in me' },
  {
    kind: 'paragraph',
    path: ['3', 'p1'],
    text: 'free from ideological bias or engineered social agendas.',
  },
  { kind: 'clause', path: ['4', 'b'], text: 'The Director shall issue guidance within 120 days.' },
]);
const sources: QuoteSources = { plan, orders: new Map([['14319', order]]) };
const de = (text: string, file = 'content/text/de/measures/2.2.1.md') => [{ file, text }];

describe('quote check: finding the words', () => {
  it('normalises case, quotes, whitespace, soft hyphens and dots', () => {
    expect(normalizeQuote('  “Try-first”\u00ad  Culture... ')).toBe('"try-first" culture…');
  });

  it('finds words on their page, a run across a page break on its first page, and ellipses within a paragraph', () => {
    expect(findQuote(plan, 'stabilize and prevent')).toEqual([{ from: '14', to: '14' }]);
    expect(findQuote(plan, 'prevent the premature decommissioning')).toEqual([
      { from: '14', to: '15' },
    ]);
    expect(findQuote(plan, 'generation resources. Then grow')).toEqual([{ from: '15', to: '15' }]);
    expect(
      findQuote(plan, '"try-first" culture through DOC\'s revamped CHIPS Program Office'),
    ).toHaveLength(1);
    expect(findQuote(plan, 'We must … power generation')).toEqual([{ from: '14', to: '15' }]);
    expect(findQuote(plan, '…-first')).toHaveLength(1);
  });

  it('indexes one normalised character per locator: runs of spaces, footnote marks and soft hyphens drop out, blocks are kept apart', () => {
    const index = planIndex([
      { printedPage: '2', text: '' },
      { printedPage: '3', text: ' A  b[^12]\u00adC ' },
      { printedPage: '4', text: ' D[^x]' },
    ]);
    expect(index.text).toBe('a bc \u0000d[^x]');
    expect(index.at).toEqual(['3', '3', '3', '3', '3', '', '4', '4', '4', '4', '4']);
  });

  it('matches whole words only and never across paragraphs', () => {
    expect(findQuote(plan, 'through')).toEqual([{ from: '15', to: '15' }]);
    expect(findQuote(plan, 'then gro')).toEqual([]);
    expect(findQuote(plan, 'Office. Breakthroughs')).toEqual([]);
    expect(findQuote(plan, 'Office … Breakthroughs')).toEqual([]);
  });
});

describe('quote check: quote links', () => {
  it('passes words on the cited page, a run starting there and a range', () => {
    const text = `x ([prevent the premature decommissioning](quote:14)) y ([Then grow](quote:15)) z ([stabilize … Then grow](quote:14-15)) ([Then grow](quote:-))`;
    const stats: QuoteStats = { verified: 0, skipped: [] };
    expect(checkQuoteLinks(de(text), sources, stats)).toEqual([]);
    expect(stats.verified).toBe(4);
  });

  it('refuses a wrong page, naming file, line, words, cited page and the page to cite', () => {
    const problems = checkQuoteLinks(
      de('---\nsummary: "a ([prevent the premature decommissioning](quote:15))"\n---\n'),
      sources,
    );
    expect(problems).toEqual([
      {
        file: 'content/text/de/measures/2.2.1.md',
        field: 'line 2',
        message:
          'quotation „prevent the premature decommissioning“ (quote:15) is not on p. 15 of the plan; it stands in the plan, pp. 14–15',
        fix: 'cite the page it starts on: quote:14',
      },
    ]);
  });

  it('refuses words that are nowhere and names an order the words come from', () => {
    expect(checkQuoteLinks(de('([words never printed](quote:14))'), sources)[0]!.message).toContain(
      'nor anywhere else',
    );
    expect(checkQuoteLinks(de('([words never printed](quote:-))'), sources)[0]!.message).toContain(
      'neither in the plan nor in an order',
    );
    expect(
      checkQuoteLinks(de('([engineered social agendas](quote:3))'), sources)[0]!.message,
    ).toContain('EO 14319, Sec. 3, para. 1');
  });

  it('checks order sections on the order’s own page and skips them where the order is unknown', () => {
    const file = 'content/text/de/orders/14319.md';
    expect(
      checkQuoteLinks(
        de(
          '([engineered social agendas](quote:sec-3)) ([shall issue guidance](quote:sec-4-b))',
          file,
        ),
        sources,
      ),
    ).toEqual([]);
    const [wrong] = checkQuoteLinks(de('([shall issue guidance](quote:sec-3))', file), sources);
    expect(wrong!.message).toContain('not in Sec. 3 of EO 14319; it stands in Sec. 4(b)');
    expect(wrong!.fix).toBe('cite the section it stands in: quote:sec-4-b');
    const stats: QuoteStats = { verified: 0, skipped: [] };
    expect(checkQuoteLinks(de('([shall issue guidance](quote:sec-3))'), sources, stats)).toEqual(
      [],
    );
    expect(stats.skipped).toEqual([
      {
        file: 'content/text/de/measures/2.2.1.md',
        line: 1,
        locator: 'sec-3',
        why: 'the order cannot be told from the file',
      },
    ]);
  });
});

describe('quote check: English page citations', () => {
  const en = (text: string) => [{ file: 'content/text/en/measures/2.2.1.md', text }];
  it('passes “words” (p. N), quotations earlier in the sentence and (pp. N–M)', () => {
    expect(
      checkEnglishPageQuotes(
        en(
          'It must “stabilize and prevent” (p. 14). It calls it a “try-first” culture (p. 15). So “Then grow” (pp. 15–16).',
        ),
        sources,
      ),
    ).toEqual([]);
  });

  it('refuses a quotation on another page and leaves earlier sentences alone', () => {
    const problems = checkEnglishPageQuotes(
      en('It was called “the binding one”. The plan says “Then grow” (p. 16).'),
      sources,
    );
    expect(problems).toEqual([
      {
        file: 'content/text/en/measures/2.2.1.md',
        field: 'line 1',
        message:
          'quotation “Then grow” (p. 16) is not on p. 16 of the plan; it stands in the plan, p. 15',
        fix: 'cite the page it starts on: (p. 15)',
      },
    ]);
  });
});

describe('quote check: English quotations in German front matter', () => {
  it('refuses an English quotation in a front-matter string and a hand-written citation anywhere', () => {
    const text =
      '---\nsummary: "Systeme sollen objektiv sein („objective and free from top-down ideological bias“)."\n---\nSie sind objektiv („objective“, S. 4).\n';
    const problems = checkGermanQuotations(de(text));
    expect(problems.map((p) => p.field)).toEqual(['line 2', 'line 4']);
    expect(problems[1]!.message).toContain('hand-written plan citation');
  });

  it('accepts titles, German quotations, short terms and quote links', () => {
    const text =
      '---\nsummary: "Der Plan „Winning the Race“ und der „Blueprint for an AI Bill of Rights“ nennen „Unbiased AI Principles“, „derzeit“ ([objective and free](quote:4))."\n---\nText.';
    expect(checkGermanQuotations(de(text))).toEqual([]);
  });
});

describe('quote links in front matter as plain text', () => {
  it('reads as the body renders them', () => {
    expect(quoteLinksAsText('sind ([free from bias](quote:4)).', 'de')).toBe(
      'sind („free from bias“, S. 4).',
    );
    expect(
      quoteLinksAsText('is ([free](quote:4-5)) ([led by](quote:-)) ([x](quote:sec-4-b))', 'en'),
    ).toBe('is (“free”, pp. 4–5) (“led by”) (“x”, Sec. 4(b))');
    expect(quoteLinksAsText('([x](quote:nope))', 'de')).toBe('([x](quote:nope))');
    const entry = {
      id: 'de/measures/1.2.2',
      data: { summary: '([a b](quote:4))', sections: { '1': '([c](quote:sec-1))' } },
    };
    expect(withQuoteText(entry).data).toEqual({
      summary: '(„a b“, S. 4)',
      sections: { '1': '(„c“, Sec. 1)' },
    });
  });
});

describe('quote check on the real content', () => {
  it('finds every quotation where its locator says', () => {
    const stats: QuoteStats = { verified: 0, skipped: [] };
    expect(checkQuotes(ROOT, stats)).toEqual([]);
    expect(stats.verified).toBeGreaterThan(200);
  });
});
