import { describe, expect, it } from 'vitest';
import { format, useTranslations } from '../../src/i18n';
import { de } from '../../src/i18n/ui/de';
import { en } from '../../src/i18n/ui/en';
import { formatDate, formatList } from '../../src/lib/views/format';

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('fill the same slots in every language, and no string is empty', () => {
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(slots(en[key]), key).toEqual(slots(de[key]));
      expect(de[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('refuses to render a string with a missing value', () => {
    expect(() => format('{n} Maßnahmen')).toThrow(/needs a value for \{n\}/);
    expect(useTranslations('de')('count.measures', { n: 5 })).toBe('5 Maßnahmen');
    expect(useTranslations('en')('count.measures', { n: 5 })).toBe('5 measures');
  });

  it('formats dates and lists per language without shifting the day', () => {
    expect(formatDate('2025-07-23', 'de')).toBe('23. Juli 2025');
    expect(formatDate('2025-07-23', 'en')).toBe('July 23, 2025');
    expect(() => formatDate('23.07.2025', 'de')).toThrow(/not an ISO date/);
    expect(formatList(['DOC', 'NIST', 'CAISI'], 'de')).toBe('DOC, NIST und CAISI');
  });
});
