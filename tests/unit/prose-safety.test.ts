import { describe, expect, it } from 'vitest';
import { checkCheckedDates, checkProseSource } from '../../src/lib/content/prose-safety';

describe('prose safety', () => {
  it('refuses raw HTML tags, with the line they are on', () => {
    const problems = checkProseSource(
      'x.md',
      '---\ntitle: "T"\n---\nText.\n\nA <script>alert(1)</script> here.\n',
    );
    expect(problems.map((p) => p.field)).toEqual(['line 6', 'line 6']);
    expect(problems[0]!.message).toContain('<script>');
  });

  it('refuses an event-handler attribute on any tag', () => {
    const [problem] = checkProseSource('x.md', 'An image <img src=x onerror=alert(1)> in prose.');
    expect(problem?.message).toContain('onerror=alert(1)');
  });

  it('leaves comparisons, code spans and fenced code alone', () => {
    expect(
      checkProseSource('x.md', 'Fewer than 10 (< 10) or x<y; `<b>` in code.\n\n```\n<div>\n```\n'),
    ).toEqual([]);
  });

  it('accepts entity, quotation and web links and refuses a mistyped scheme', () => {
    const ok =
      '[a](measure:1.1.1) [b](agency:omb) [c](quote:15) [d](https://www.whitehouse.gov/) [e](page:methodology)';
    expect(checkProseSource('x.md', ok)).toEqual([]);
    const [problem] = checkProseSource('x.md', 'See [measure 1.1.1](meassure:1.1.1).');
    expect(problem?.message).toBe('link with the unknown scheme "meassure:"');
    expect(problem?.fix).toContain('measure:1.3.2');
  });

  it('refuses a checked date after today, at any depth, naming the record', () => {
    const records = [
      { id: '14148', checked: '2026-12-06' },
      { id: '14179', deadlines: [{ checked: '2027-01-01' }] },
    ];
    const problems = checkCheckedDates('content/data/orders.json', records, '2026-12-06');
    expect(problems.map((p) => p.field)).toEqual(['"14179".deadlines[0].checked']);
  });
});
