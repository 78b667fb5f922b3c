import { locatorOf } from '../../plugins/remark-quotations';

/**
 * Quote links in front matter, which is plain text: `([at DOD](quote:12))` reads „at DOD“, S. 12 on a
 * German page and “at DOD”, p. 12 on an English one, as `remark-quotations` renders it in the body
 * (without the `lang` mark, which plain text cannot carry). An unknown locator is left as written;
 * the content check refuses it.
 *
 * @example quoteLinksAsText('sind ([free from bias](quote:4)).', 'de') // => 'sind („free from bias“, S. 4).'
 */
export function quoteLinksAsText(text: string, locale: string): string {
  const [open, close] = locale === 'de' ? ['„', '“'] : ['“', '”'];
  return text.replace(
    /\[((?:\\.|[^\]\\])*)\]\(quote:([^)\s]*)\)/g,
    (whole, words: string, raw: string) => {
      const locator = locatorOf(raw, locale);
      return locator === undefined
        ? whole
        : `${open}${words}${close}${locator ? `, ${locator}` : ''}`;
    },
  );
}

interface TextData {
  summary: string;
  sections?: Record<string, string> | undefined;
  deadlines?: Record<string, string> | undefined;
  rows?: { prior: string; current: string }[] | undefined;
}

const mapValues = (record: Record<string, string>, f: (s: string) => string) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));

/** A text entry with the quote links of its front matter as plain text (see `quoteLinksAsText`). */
export function withQuoteText<T extends { id: string; data: TextData }>(entry: T): T {
  const locale = entry.id.split('/')[0] ?? '';
  const f = (s: string) => quoteLinksAsText(s, locale);
  const data = { ...entry.data, summary: f(entry.data.summary) };
  if (data.sections) data.sections = mapValues(data.sections, f);
  if (data.deadlines) data.deadlines = mapValues(data.deadlines, f);
  if (data.rows) data.rows = data.rows.map((r) => ({ prior: f(r.prior), current: f(r.current) }));
  return { ...entry, data };
}
