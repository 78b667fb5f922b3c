import { describe, expect, it } from 'vitest';
import { navGroupOf, navGroups } from '../../src/lib/views/navigation';

describe('main menu groups', () => {
  it('groups the overview pages as readers look for them', () => {
    expect(navGroups().map((g) => [g.id, g.pages])).toEqual([
      ['plan', ['measures', 'planText']],
      ['orders', ['orders', 'deadlines']],
      ['comparison', ['topics', 'prior']],
      ['status', ['status']],
      ['reference', ['glossary', 'agencies', 'data', 'methodology', 'changes']],
    ]);
  });

  it('shows the status group once the status page is defined', () => {
    const defined = { measures: {}, status: {}, glossary: {} };
    expect(navGroups(defined).map((g) => [g.id, g.pages])).toEqual([
      ['plan', ['measures']],
      ['status', ['status']],
      ['reference', ['glossary']],
    ]);
  });

  it('marks the group of the page being read', () => {
    expect(navGroupOf('/en/')).toBeUndefined();
    expect(navGroupOf('/de/measures/1-3-2/')).toBe('plan');
    expect(navGroupOf('/en/plan/text/')).toBe('plan');
    expect(navGroupOf('/en/orders/14179/text/')).toBe('orders');
    expect(navGroupOf('/de/deadlines/')).toBe('orders');
    expect(navGroupOf('/en/prior/eo-14110/')).toBe('comparison');
    expect(navGroupOf('/en/agencies/nist/')).toBe('reference');
    expect(navGroupOf('/en/documents/omb-m-25-21/')).toBe('status');
    expect(navGroupOf('/de/glossary/')).toBe('reference');
    expect(navGroupOf('/en/changes/')).toBe('reference');
    expect(navGroupOf('/en/search/')).toBeUndefined();
  });
});
