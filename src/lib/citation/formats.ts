import type { Locale } from '../../i18n/locales';
import { formatDate } from '../views/format';
import { dateTimeFormat } from '../views/intl';

/**
 * Citations of a page of this site, in the styles readers use, and the machine formats reference
 * managers import. Everything here is a pure function of a `CitableWork`, so the cite box, the
 * download files and the tests all see the same text.
 */
export interface CitableWork {
  /** The site's name in the page's language; it is author and publisher at once. */
  siteName: string;
  /** The page title as shown in the browser, e.g. "Measure 1.3.2: …". */
  title: string;
  /** Absolute permanent URL. */
  url: string;
  /** ISO date the page's facts were last checked: the version a citation points to. */
  date: string;
  locale: Locale;
  /** Citation key, unique across pages and languages. */
  key: string;
  /** How certain the original's citation and date are, where they rest on secondary sources or are unverified. */
  note?: string;
}

/** A run of citation text; italic runs are titles of stand-alone works. */
export interface Run {
  text: string;
  italic?: boolean;
}
export type Styled = Run[];

export function plain(styled: Styled): string {
  return styled.map((r) => r.text).join('');
}

const QUOTES: Record<Locale, [string, string]> = { de: ['„', '“'], en: ['“', '”'] };

function quoted(text: string, locale: Locale): string {
  const [open, close] = QUOTES[locale];
  return `${open}${text}${close}`;
}

function dateParts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`citation: "${iso}" is not an ISO date (YYYY-MM-DD)`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** APA 7 puts the year first: "(2026, November 22)" / "(2026, 22. November)". */
function apaDate(iso: string, locale: Locale): string {
  const [year] = dateParts(iso);
  const dayMonth = dateTimeFormat(locale, {
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
  return `${year}, ${dayMonth}`;
}

/** "22.11.2026": the numeric date German citations use after „Stand:“. */
function numericDate(iso: string): string {
  const [y, m, d] = dateParts(iso);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
}

/** A title ends with a full stop in APA and Chicago unless it already ends with a punctuation mark. */
function withStop(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** APA 7, web page whose author is the site: the site name is not repeated. */
export function apa(w: CitableWork): Styled {
  const stop = /[.?!]$/.test(w.title) ? '' : '.';
  return [
    { text: `${w.siteName}. (${apaDate(w.date, w.locale)}). ` },
    { text: w.title, italic: true },
    { text: `${stop} ${w.url}` },
  ];
}

/** Chicago 17, notes and bibliography: the footnote form. */
export function chicagoNote(w: CitableWork): Styled {
  const version =
    w.locale === 'de'
      ? `Stand: ${formatDate(w.date, 'de')}`
      : `last modified ${formatDate(w.date, 'en')}`;
  const title = w.locale === 'de' ? `${quoted(w.title, 'de')},` : quoted(`${w.title},`, 'en');
  return [{ text: `${title} ${w.siteName}, ${version}, ${w.url}.` }];
}

/** Chicago 17, notes and bibliography: the bibliography entry. */
export function chicagoBibliography(w: CitableWork): Styled {
  const version =
    w.locale === 'de'
      ? `Stand: ${formatDate(w.date, 'de')}`
      : `Last modified ${formatDate(w.date, 'en')}`;
  const title = w.locale === 'de' ? `${quoted(w.title, 'de')}.` : quoted(withStop(w.title), 'en');
  return [{ text: `${w.siteName}. ${title} ${version}. ${w.url}.` }];
}

/** The short form of German journalism and legal writing: „Atlas, Maßnahme 1.3.2: …, Stand: 22.11.2026, URL“. */
export function germanShort(w: CitableWork): Styled {
  return [{ text: `${w.siteName}, ${w.title}, Stand: ${numericDate(w.date)}, ${w.url}` }];
}

/** BibTeX braces protect capitals and special characters; only these must be escaped inside braces. */
function bibValue(text: string): string {
  return text.replace(/([\\{}])/g, '\\$1').replace(/([&%$#_])/g, '\\$1');
}

const BIB_LANGUAGE: Record<Locale, string> = { de: 'german', en: 'english' };

/** biblatex `@online`, which Zotero, JabRef and citation.js read; `publisher` as well for BibTeX styles that know no `organization`. */
export function bibtex(w: CitableWork): string {
  const [year, month] = dateParts(w.date);
  const fields: [string, string][] = [
    ['author', `{${bibValue(w.siteName)}}`],
    ['title', `{${bibValue(w.title)}}`],
    ['organization', bibValue(w.siteName)],
    ['publisher', bibValue(w.siteName)],
    ['date', w.date],
    ['year', String(year)],
    ['month', String(month)],
    ['url', w.url],
    ['langid', BIB_LANGUAGE[w.locale]],
    [
      'note',
      bibValue(
        [
          w.locale === 'de'
            ? `Stand: ${numericDate(w.date)}`
            : `Facts last checked ${formatDate(w.date, 'en')}`,
          w.note,
        ]
          .filter(Boolean)
          .join('; '),
      ),
    ],
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@online{${w.key},\n${body}\n}\n`;
}

/** RIS for a web page (TY ELEC); each line is "XX  - value", the record ends with "ER  - ". */
export function ris(w: CitableWork): string {
  const [y, m, d] = dateParts(w.date);
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['TI', w.title],
    ['AU', w.siteName],
    ['PB', w.siteName],
    ['PY', String(y)],
    ['DA', `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`],
    ['UR', w.url],
    ['LA', w.locale],
    ['ID', w.key],
    ...(w.note ? [['N1', w.note] as [string, string]] : []),
    ['ER', ''],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd() + (tag === 'ER' ? ' ' : '')).join('\r\n')}\r\n`;
}

export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  publisher: string;
  'container-title': string;
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  note?: string;
}

/** CSL-JSON, the format citeproc and most reference managers exchange. */
export function cslJson(w: CitableWork): CslItem[] {
  return [
    {
      id: w.key,
      type: 'webpage',
      title: w.title,
      author: [{ literal: w.siteName }],
      publisher: w.siteName,
      'container-title': w.siteName,
      issued: { 'date-parts': [dateParts(w.date)] },
      URL: w.url,
      language: w.locale === 'de' ? 'de-DE' : 'en-US',
      ...(w.note ? { note: w.note } : {}),
    },
  ];
}

export const CITATION_FORMATS = {
  bib: { extension: 'bib', mediaType: 'application/x-bibtex' },
  ris: { extension: 'ris', mediaType: 'application/x-research-info-systems' },
  csl: { extension: 'csl.json', mediaType: 'application/vnd.citationstyles.csl+json' },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

export function citationFile(w: CitableWork, format: CitationFormat): string {
  if (format === 'bib') return bibtex(w);
  if (format === 'ris') return ris(w);
  return `${JSON.stringify(cslJson(w), null, 2)}\n`;
}

/** The styles the cite box offers, in the order it shows them; the key names the UI label `cite.<key>`. */
export const CITATION_STYLES = [
  ['apa', apa],
  ['chicagoNote', chicagoNote],
  ['chicagoBibliography', chicagoBibliography],
  ['german', germanShort],
] as const;
