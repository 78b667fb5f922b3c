import { describe, expect, it } from 'vitest';
import {
  checkGlosses,
  checkProse,
  checkQuotations,
  checkTerminology,
  type Term,
} from '../../src/lib/editorial/terminology-check';
import { ROOT } from '../helpers/content';

const terms: Term[] = [
  {
    en: 'executive order',
    de: 'Erlass',
    forbidden: [
      {
        variant: 'die Order',
        pattern: '(?<!Executive )(?<![\\w-])Order(?![\\w-])',
        preferred: 'der Erlass',
        reason: 'Anglizismus',
      },
    ],
  },
];
const file = 'content/text/de/orders/14319.md';

describe('terminology check', () => {
  it('names file, line, variant and preferred form', () => {
    const [problem, ...rest] = checkTerminology(
      [{ file, text: 'Erste Zeile.\nDie Order verlangt Leitlinien.' }],
      terms,
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file, field: 'line 2, column 5' });
    expect(problem!.message).toContain('„Order“');
    expect(problem!.fix).toContain('der Erlass');
  });

  it('accepts the preferred form, the full name and quotations', () => {
    const text =
      'Die Executive Order (Präsidialerlass) 14319 … Der Erlass verlangt („the Order shall“, S. 3).';
    expect(checkTerminology([{ file, text }], terms)).toEqual([]);
  });

  it('passes on the real German texts', () => {
    expect(checkProse(ROOT)).toEqual([]);
  });
});

describe('gloss check', () => {
  const agencies = [
    {
      id: 'omb',
      planName: 'OMB',
      acronym: 'OMB',
      nameEn: 'Office of Management and Budget',
      glossDe: 'Haushalts- und Verwaltungsamt des Weißen Hauses',
    },
  ];

  it('refuses a gloss typed by hand and says how to write the mention', () => {
    const problems = checkGlosses(
      [
        {
          file,
          text: 'Das Office of Management and Budget (OMB, Haushaltsbehörde des Weißen Hauses) prüft.',
        },
      ],
      agencies,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('hand-typed gloss');
    expect(problems[0]!.fix).toContain('[Office of Management and Budget](agency:omb)');
    expect(
      checkGlosses([{ file, text: 'Das [OMB](agency:omb) (Haushaltsamt) prüft.' }], agencies),
    ).toHaveLength(1);
  });

  it('accepts an acronym in brackets, a page reference and a mention from data', () => {
    const text =
      'Das Office of Management and Budget (OMB) und das [OMB](agency:omb) prüfen; OMB (S. 3).';
    expect(checkGlosses([{ file, text }], agencies)).toEqual([]);
  });

  it('refuses a mention of an unknown agency', () => {
    expect(
      checkGlosses([{ file, text: 'Das [XYZ](agency:xyz) prüft.' }], agencies)[0]!.message,
    ).toContain('agency:xyz');
  });
});

describe('quotation check', () => {
  const spliced = {
    file,
    text: '---\ntitle: "T"\nsummary: "S"\n---\nZentral ist die Forderung, „prevent the premature decommissioning“ (S. 15).',
  };
  const bracketed = {
    file,
    text: '---\ntitle: "T"\nsummary: "S"\n---\nSie will Stilllegungen verhindern ([prevent the premature decommissioning](quote:15)).',
  };

  it('refuses an English quotation built into a German sentence, with file and line', () => {
    const [problem] = checkQuotations([spliced], []);
    expect(problem).toMatchObject({ file, field: 'line 5, column 28' });
    expect(problem!.fix).toContain('](quote:15))');
  });

  it('accepts the bracketed form, German quotations and single English words', () => {
    const words = {
      file,
      text: '---\n---\nDer Plan sagt „through“ und „Quelle: KI-Atlas, CC BY 4.0“.',
    };
    expect(checkQuotations([bracketed, words], [])).toEqual([]);
  });

  it('keeps the backlog honest: a listed file with nothing left is refused', () => {
    expect(checkQuotations([spliced], [file])).toEqual([]);
    expect(checkQuotations([bracketed], [file])[0]!.message).toContain('backlog');
  });
});
