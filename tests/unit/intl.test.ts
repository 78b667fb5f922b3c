import { describe, expect, it } from 'vitest';
import { dateTimeFormat, listFormat, numberFormat } from '../../src/lib/views/intl';

describe('Intl formatters made once', () => {
  it('returns the same formatter for the same language and options, and formats as the language writes', () => {
    const long = { dateStyle: 'long', timeZone: 'UTC' } as const;
    expect(dateTimeFormat('de', long)).toBe(dateTimeFormat('de', { ...long }));
    expect(dateTimeFormat('de', long)).not.toBe(dateTimeFormat('en', long));
    const day = new Date('2025-07-23T00:00:00Z');
    expect(dateTimeFormat('de', long).format(day)).toBe('23. Juli 2025');
    expect(dateTimeFormat('en', long).format(day)).toBe('July 23, 2025');
    expect(
      dateTimeFormat('de', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day),
    ).toBe('Juli 2025');
  });

  it('keeps number and list formatters apart by options', () => {
    expect(numberFormat('de').format(1234.5)).toBe('1.234,5');
    expect(numberFormat('en').format(1234.5)).toBe('1,234.5');
    const kb = numberFormat('de', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
    expect(kb).not.toBe(numberFormat('de'));
    expect(kb.format(12)).toBe('12 kB');
    expect(listFormat('de', { style: 'long', type: 'conjunction' }).format(['A', 'B', 'C'])).toBe(
      'A, B und C',
    );
  });
});
