import { describe, expect, it } from 'vitest';
import {
  fallbackQueries,
  normalizeQuery,
  searchWithFallbacks,
  splitCompound,
} from '../../src/lib/search/query';

describe('search query normalisation (hyphenated compounds)', () => {
  it('splits a compound of words into its words, in both languages', () => {
    expect(normalizeQuery('DNA-Synthese')).toBe('DNA Synthese');
    expect(normalizeQuery('Open-Source-Modelle')).toBe('Open Source Modelle');
    expect(normalizeQuery('US-Exportkontrollen')).toBe('US Exportkontrollen');
    expect(normalizeQuery('open-weight models')).toBe('open weight models');
    expect(normalizeQuery('state-of-the-art')).toBe('state of the art');
  });

  it('treats the other dashes a reader may type like the hyphen, and ignores a dangling one', () => {
    expect(splitCompound('Open‑Weight')).toBe('Open Weight');
    expect(splitCompound('Open–Weight')).toBe('Open Weight');
    expect(normalizeQuery('Open-Source- und Open-Weight-Modelle')).toBe(
      'Open Source und Open Weight Modelle',
    );
  });

  it('keeps identifiers with digits and compounds with one-letter parts whole', () => {
    for (const id of ['M-24-10', 'NSM-25', 'COVID-19', '1.3.2', 'EO-14110', 'E-Mail'])
      expect(splitCompound(id)).toBe(id);
    expect(normalizeQuery('  EO   14318 ')).toBe('EO 14318');
  });
});

describe('search fallbacks', () => {
  it('tries the split query, then the query as typed, then every query with one word left out', () => {
    expect(fallbackQueries('Deep-Fakes')).toEqual({
      first: ['Deep Fakes', 'Deep-Fakes'],
      dropOne: ['Fakes', 'Deep'],
    });
    expect(fallbackQueries('DNA synthesis')).toEqual({
      first: ['DNA synthesis'],
      dropOne: ['synthesis', 'DNA'],
    });
    expect(fallbackQueries('NIST')).toEqual({ first: ['NIST'], dropOne: [] });
  });

  it('stops at the first query that finds something; among one-word-less queries takes the one finding most', async () => {
    const index: Record<string, number> = { 'Deep-Fakes': 11, synthesis: 10, DNA: 8 };
    const asked: string[] = [];
    const search = (q: string) => {
      asked.push(q);
      return Promise.resolve({ results: new Array<number>(index[q] ?? 0).fill(0), q });
    };
    expect((await searchWithFallbacks('Deep-Fakes', search)).q).toBe('Deep-Fakes');
    expect(asked).toEqual(['Deep Fakes', 'Deep-Fakes']);
    expect((await searchWithFallbacks('DNA synthesis', search)).q).toBe('synthesis');
    expect((await searchWithFallbacks('xyzzy', search)).results).toEqual([]);
  });
});
