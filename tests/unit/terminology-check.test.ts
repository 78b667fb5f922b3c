import { describe, expect, it } from 'vitest';
import { checkGlosses, checkProse, checkTerminology, type Term } from '../../src/lib/terminology-check';
import { ROOT } from '../helpers/content';

const terms: Term[] = [
  {
    en: 'executive order',
    de: 'Erlass',
    forbidden: [
      { variant: 'die Order', pattern: '(?<!Executive )(?<![\\w-])Order(?![\\w-])', preferred: 'der Erlass', reason: 'Anglizismus' },
    ],
  },
];
const file = 'content/text/de/orders/14319.md';

describe('terminology check', () => {
  it('names file, line, variant and preferred form', () => {
    const [problem, ...rest] = checkTerminology([{ file, text: 'Erste Zeile.\nDie Order verlangt Leitlinien.' }], terms);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file, field: 'line 2, column 5' });
    expect(problem!.message).toContain('„Order“');
    expect(problem!.fix).toContain('der Erlass');
  });

  it('accepts the preferred form, the full name and quotations', () => {
    const text = 'Die Executive Order (Präsidialerlass) 14319 … Der Erlass verlangt („the Order shall“, S. 3).';
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
      [{ file, text: 'Das Office of Management and Budget (OMB, Haushaltsbehörde des Weißen Hauses) prüft.' }],
      agencies,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('hand-typed gloss');
    expect(problems[0]!.fix).toContain('[Office of Management and Budget](agency:omb)');
    expect(checkGlosses([{ file, text: 'Das [OMB](agency:omb) (Haushaltsamt) prüft.' }], agencies)).toHaveLength(1);
  });

  it('accepts an acronym in brackets, a page reference and a mention from data', () => {
    const text = 'Das Office of Management and Budget (OMB) und das [OMB](agency:omb) prüfen; OMB (S. 3).';
    expect(checkGlosses([{ file, text }], agencies)).toEqual([]);
  });

  it('refuses a mention of an unknown agency', () => {
    expect(checkGlosses([{ file, text: 'Das [XYZ](agency:xyz) prüft.' }], agencies)[0]!.message).toContain('agency:xyz');
  });
});
