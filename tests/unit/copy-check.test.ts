import { describe, expect, it } from 'vitest';
import { checkCopiedRuns, copiedRuns } from '../../src/lib/editorial/copy-check';
import { checkEnglishStyle } from '../../src/lib/editorial/english-style-check';
import { readProse } from '../../src/lib/editorial/terminology-check';
import { ROOT } from '../helpers/content';

const source = [
  {
    id: '1.1.2',
    text: 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone',
  },
];

describe('copy check', () => {
  it('finds a run of 20 words copied from a recommended action, and extends it', () => {
    const runs = copiedRuns(
      'We say: One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone.',
      source,
    );
    expect(runs).toEqual([{ measure: '1.1.2', words: source[0]!.text }]);
  });

  it('accepts 19 words in a row and ignores link targets', () => {
    const nineteen =
      'three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone';
    expect(copiedRuns(nineteen, source)).toEqual([]);
    expect(copiedRuns(`one two [three](measure:1.1.2) ${nineteen.slice(6)}`, source)).toHaveLength(
      1,
    );
  });

  it('passes on the real English texts', () => {
    expect(checkCopiedRuns(ROOT)).toEqual([]);
  });
});

describe('English style check', () => {
  const file = 'content/text/en/measures/1.1.1.md';
  it('refuses British spellings and straight quotes, naming the fix', () => {
    const problems = checkEnglishStyle([
      {
        file,
        text: '---\ntitle: "T"\nsummary: "He said \\"no\\"."\n---\nThe programme said "yes".',
      },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'British spelling "programme"',
      'straight double quotes in "He said "no".…"',
      'straight double quotes in prose',
    ]);
    expect(problems[0]!.fix).toContain('program');
  });

  it('accepts headings, code, link targets and the real texts', () => {
    expect(
      checkEnglishStyle([
        { file, text: '## Licence\n\nSee `"x"` and [a](measure:1.1.1), “quoted”.' },
      ]),
    ).toEqual([]);
    expect(checkEnglishStyle(readProse(ROOT, 'en'))).toEqual([]);
  });
});
