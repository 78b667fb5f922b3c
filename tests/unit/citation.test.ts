import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import {
  apa,
  bibtex,
  chicagoBibliography,
  chicagoNote,
  citationFile,
  cslJson,
  germanShort,
  plain,
  ris,
  type CitableWork,
} from '../../src/lib/citation/formats';
import {
  federalRegister,
  orderCitation,
  planCitation,
  priorCitation,
} from '../../src/lib/citation/original';
import { realModel } from '../helpers/content';

const en: CitableWork = {
  siteName: 'AI Action Plan Atlas',
  title: 'Measure 1.3.2: Opening private computing resources',
  url: 'https://example.org/en/measures/1-3-2/',
  date: '2026-11-22',
  locale: 'en',
  key: 'atlas-measure-1-3-2-en',
};
const de: CitableWork = {
  ...en,
  siteName: 'KI-Aktionsplan-Atlas',
  title: 'Maßnahme 1.3.2: Rechenressourcen öffnen',
  url: 'https://example.org/de/measures/1-3-2/',
  locale: 'de',
  key: 'atlas-measure-1-3-2-de',
};

describe('citation styles', () => {
  it('APA 7: year first, title in italics, no repeated site name', () => {
    expect(plain(apa(en))).toBe(
      'AI Action Plan Atlas. (2026, November 22). Measure 1.3.2: Opening private computing resources. https://example.org/en/measures/1-3-2/',
    );
    expect(apa(en).find((r) => r.italic)?.text).toBe(en.title);
    expect(plain(apa(de))).toBe(
      'KI-Aktionsplan-Atlas. (2026, 22. November). Maßnahme 1.3.2: Rechenressourcen öffnen. https://example.org/de/measures/1-3-2/',
    );
  });

  it('Chicago notes and bibliography, with the language’s quotation marks', () => {
    expect(plain(chicagoNote(en))).toBe(
      '“Measure 1.3.2: Opening private computing resources,” AI Action Plan Atlas, last modified November 22, 2026, https://example.org/en/measures/1-3-2/.',
    );
    expect(plain(chicagoBibliography(en))).toBe(
      'AI Action Plan Atlas. “Measure 1.3.2: Opening private computing resources.” Last modified November 22, 2026. https://example.org/en/measures/1-3-2/.',
    );
    expect(plain(chicagoNote(de))).toBe(
      '„Maßnahme 1.3.2: Rechenressourcen öffnen“, KI-Aktionsplan-Atlas, Stand: 22. November 2026, https://example.org/de/measures/1-3-2/.',
    );
  });

  it('German short form: „Atlas, Maßnahme …, Stand: TT.MM.JJJJ, URL“', () => {
    expect(plain(germanShort(de))).toBe(
      'KI-Aktionsplan-Atlas, Maßnahme 1.3.2: Rechenressourcen öffnen, Stand: 22.11.2026, https://example.org/de/measures/1-3-2/',
    );
  });

  it('refuses a date that is not ISO', () => {
    expect(() => apa({ ...en, date: '22.11.2026' })).toThrow(/not an ISO date/);
  });
});

/** The independent parser: citation.js reads each format back into CSL. */
async function parsed(input: unknown) {
  const cite = await Cite.async(input);
  return cite.data[0] as {
    title: string;
    URL: string;
    publisher: string;
    issued: { 'date-parts': number[][] };
  };
}

describe('machine formats parse back with citation.js', () => {
  const tricky: CitableWork = { ...en, title: 'Section 2.1: R&D {tax} credits at 100% — “50_50”' };

  it.each([
    ['BibTeX', (w: CitableWork) => bibtex(w)],
    ['RIS', (w: CitableWork) => ris(w)],
    ['CSL-JSON', (w: CitableWork) => cslJson(w)],
  ])('%s keeps title, date, URL and publisher', async (_name, format) => {
    for (const w of [en, de, tricky]) {
      const item = await parsed(format(w));
      expect(item.title).toBe(w.title);
      expect(item.URL).toBe(w.url);
      expect(item.publisher).toBe(w.siteName);
      expect(item.issued['date-parts'][0]).toEqual([2026, 11, 22]);
    }
  });

  it('RIS uses CRLF lines and ends with the ER tag', () => {
    const text = ris(en);
    expect(text.startsWith('TY  - ELEC\r\n')).toBe(true);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
  });

  it('CSL-JSON file is valid JSON with one web page item', () => {
    const items = JSON.parse(citationFile(en, 'csl')) as { type: string }[];
    expect(items).toHaveLength(1);
    expect(items[0]!.type).toBe('webpage');
  });
});

describe('citations of the originals', () => {
  const model = realModel();

  it('converts Federal Register citations to the legal form and ignores anything else', () => {
    expect(federalRegister('90 FR 8741')).toBe('90 Fed. Reg. 8741');
    expect(federalRegister('90 FR 5469 (pp. 5469-5489)')).toBe('90 Fed. Reg. 5469');
    expect(federalRegister('n/a')).toBeUndefined();
    expect(federalRegister(null)).toBeUndefined();
  });

  it('cites the plan at its printed page, with the PDF page', () => {
    expect(plain(planCitation('en', '8', '11'))).toBe(
      'The White House, Winning the Race: America’s AI Action Plan, July 2025, p. 8 (PDF p. 11).',
    );
    expect(plain(planCitation('en', '3-13', '6–16'))).toContain('pp. 3–13 (PDF p. 6–16)');
    expect(plain(planCitation('de', '8', '11'))).toBe(
      'The White House, Winning the Race: America’s AI Action Plan, Juli 2025, S. 8 (PDF-S. 11).',
    );
  });

  it('cites every order with its Federal Register citation and, on request, a section', () => {
    for (const order of model.orders) {
      const text = plain(orderCitation(order, 'en', '3'));
      expect(text).toMatch(new RegExp(`^Exec\\. Order No\\. ${order.number}, § 3`));
      if (order.citation && /^\d+ FR \d+/.test(order.citation)) expect(text).toContain('Fed. Reg.');
    }
    const o = model.orders.find((x) => x.id === '14179')!;
    expect(plain(orderCitation(o, 'en'))).toBe(
      'Exec. Order No. 14179, 90 Fed. Reg. 8741 (January 31, 2025).',
    );
    expect(plain(orderCitation(o, 'de', '5'))).toBe(
      'Exec. Order No. 14179, § 5, 90 Fed. Reg. 8741 (31. Januar 2025).',
    );
  });

  it('cites prior instruments by what is known: executive orders like orders, others by kind and title', () => {
    const eo = model.prior.find((p) => p.id === 'eo-14110')!;
    expect(plain(priorCitation(eo, 'en'))).toBe(
      'Exec. Order No. 14110, 88 Fed. Reg. 75191 (November 1, 2023).',
    );
    const memo = model.prior.find((p) => p.id === 'omb-m-24-10')!;
    expect(plain(priorCitation(memo, 'en'))).toBe(
      `OMB memorandum M-24-10, ${memo.titleEn} (March 28, 2024).`,
    );
  });
});
