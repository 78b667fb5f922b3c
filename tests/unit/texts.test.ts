import { describe, expect, it } from 'vitest';
import { readText, realTree, wordCount } from '../helpers/content';

/** Editorial minimums for the prose (issue: measure pages are what readers cite). */
const texts = realTree().texts.map((t) => ({ ...t, ...readText(t.file) }));
const of = (collection: string) => texts.filter((t) => t.collection === collection);

describe('prose', () => {
  it.each(['measures', 'sections', 'pillars', 'agencies'])(
    'every %s text has a summary of at least 30 words',
    (collection) => {
      const short = of(collection)
        .filter((t) => wordCount(String(t.data.summary)) < 30)
        .map((t) => `${t.file}: ${wordCount(String(t.data.summary))} words`);
      expect(short).toEqual([]);
    },
  );

  it('every measure has a context of at least 60 words', () => {
    const short = of('measures')
      .filter((t) => wordCount(t.body) < 60)
      .map((t) => `${t.file}: ${wordCount(t.body)} words`);
    expect(short).toEqual([]);
  });

  it('English section titles are the plan’s headings, word for word', async () => {
    const { readJson } = await import('../helpers/content');
    const sections = readJson<{ id: string; titleEn: string }[]>('content/data/sections.json');
    for (const s of sections)
      expect(of('sections').find((t) => t.locale === 'en' && t.id === s.id)?.data.title, s.id).toBe(
        s.titleEn,
      );
  });

  it('contains no placeholder, filler marker or unfinished text', () => {
    for (const t of texts) {
      expect(`${String(t.data.title)} ${String(t.data.summary)} ${t.body}`, t.file).not.toMatch(
        /\b(TODO|TBD|FIXME|XXX|lorem ipsum)\b|\?\?\?/i,
      );
    }
  });

  it('German texts use German quotation marks for quotations, English texts no German ones', () => {
    for (const t of texts.filter((x) => x.locale === 'en')) expect(t.body, t.file).not.toMatch(/„/);
    for (const t of texts.filter((x) => x.locale === 'de'))
      expect(t.body.replace(/\]\([^)]*\)/g, ''), t.file).not.toMatch(/(^|\s)"[^"\n]+"/);
  });
});
