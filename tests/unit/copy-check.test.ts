import { describe, expect, it } from 'vitest';
import { checkCopiedRuns, copiedRuns } from '../../src/lib/copy-check';
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
    expect(copiedRuns(`one two [three](measure:1.1.2) ${nineteen.slice(6)}`, source)).toHaveLength(1);
  });

  it('passes on the real English texts', () => {
    expect(checkCopiedRuns(ROOT)).toEqual([]);
  });
});
