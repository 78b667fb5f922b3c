import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, requireDist } from '../helpers/dist';
import { ROOT, readJson } from '../helpers/content';

/**
 * The primary texts as built: the English words equal the sources word for word (whitespace aside),
 * every block has its anchor, every action links to its measure and back, German pages pair every
 * block. The sources are read here, independently of the importers.
 */
requireDist();
const REFERENCE = join(ROOT, '..', 'shared', 'reference');
const byPath = new Map(builtPages().map((p) => [p.path, p.document]));
const page = (path: string): Document => {
  const doc = byPath.get(path);
  if (!doc) throw new Error(`${path} was not built`);
  return doc;
};
const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** The English words of a text page: the `.ft-en` columns without what the page adds (`[data-ft-ui]`). */
function renderedEnglish(doc: Document): string {
  return [...doc.querySelectorAll('main .ft-en')]
    .map((el) => {
      const copy = el.cloneNode(true) as Element;
      for (const ui of copy.querySelectorAll('[data-ft-ui], .anchor-link')) ui.remove();
      return copy.textContent ?? '';
    })
    .map(squash)
    .join(' ');
}

/** plan-fulltext.md from the epigraph on, without the table of contents, page comments, footnote marks and Markdown. */
function planSourceWords(): string {
  const md = readFileSync(join(REFERENCE, 'plan-fulltext.md'), 'utf8').replace(/\r\n?/g, '\n');
  const from = md.indexOf('<!-- PDF page 2 ');
  const lines = md.slice(from).split('\n');
  const out: string[] = [];
  let toc = false;
  for (const line of lines) {
    if (line.startsWith('## Table of Contents')) toc = true;
    if (line.startsWith('## Introduction')) toc = false;
    if (toc || line.startsWith('## Footnotes') || line.startsWith('*(') || line.trim() === '---')
      continue;
    out.push(
      line
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/^#{1,6} /, '')
        .replace(/^> /, '')
        .replace(/^- /, '')
        .replace(/\*\*/g, '')
        .replace(/^\[\^\d+\]: /, '')
        .replace(/ \*\(PDF p\. \d+, printed p\. \d+\)\*$/, '')
        .replace(/\[\^\d+\]/g, ''),
    );
  }
  return squash(out.join('\n'));
}

/** A primary order copy's words, as check-order-texts.ts reads them: no front matter, tags, escapes, emphasis or list markers. */
function orderSourceWords(src: string): string {
  return squash(
    src
      .replace(/\r\n?/g, '\n')
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/<[^>]+>/g, '')
      .replace(/\\(?=[^\sA-Za-z0-9])/g, '')
      .replace(/\*/g, '')
      .replace(/^[ \t]*[-*+][ \t]+/gm, ''),
  );
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: source «${a.slice(Math.max(0, i - 60), i + 60)}» page «${b.slice(Math.max(0, i - 60), i + 60)}»`;
}

const plan = readJson<{ id: string; kind: string; measure?: string }[]>(
  'content/fulltext/plan.en.json',
);

describe('plan text', () => {
  it('renders plan-fulltext.md word for word on the English page', () => {
    const source = planSourceWords();
    const rendered = renderedEnglish(page('/en/plan/text/'));
    expect(rendered === source, firstDifference(source, rendered)).toBe(true);
  });

  it('shows the same English words beside the German translation', () => {
    expect(renderedEnglish(page('/de/plan/text/'))).toBe(renderedEnglish(page('/en/plan/text/')));
  });

  it.each(['de', 'en'])('has a self-linked anchor for every block (%s)', (locale) => {
    const doc = page(`/${locale}/plan/text/`);
    for (const b of plan) {
      expect(doc.getElementById(b.id), b.id).not.toBeNull();
      expect(doc.querySelector(`a.anchor-link[href="#${b.id}"]`), b.id).not.toBeNull();
    }
  });

  it('links every action to its measure page and every measure page to its action', () => {
    const actions = plan.filter((b) => b.kind === 'action');
    expect(actions).toHaveLength(103);
    for (const locale of ['de', 'en']) {
      const doc = page(`/${locale}/plan/text/`);
      for (const a of actions) {
        const slug = a.measure!.replaceAll('.', '-');
        const block = doc.getElementById(a.id)!.parentElement!;
        expect(block.querySelector(`a[href="/${locale}/measures/${slug}/"]`), a.id).not.toBeNull();
        const measure = page(`/${locale}/measures/${slug}/`);
        expect(
          measure.querySelector(`a[href="/${locale}/plan/text/#${a.id}"]`),
          slug,
        ).not.toBeNull();
      }
    }
  });

  it('pairs every German block with its English original, marked lang="en"', () => {
    const doc = page('/de/plan/text/');
    const de = readJson<Record<string, string>>('content/fulltext/plan.de.json');
    for (const b of plan) {
      const block = doc.getElementById(b.id)!.parentElement!;
      expect(block.querySelector('.ft-de'), b.id).not.toBeNull();
      expect(block.querySelector('.ft-en')?.getAttribute('lang'), b.id).toBe('en');
      expect(squash(block.querySelector('.ft-de')!.textContent).length, b.id).toBeGreaterThan(0);
    }
    expect(Object.keys(de).sort()).toEqual(plan.map((b) => b.id).sort());
    expect(doc.querySelector('.ft-notice')?.textContent).toMatch(/Nichtamtliche Leseübersetzung/);
  });

  it('shows printed and PDF pages at the page breaks', () => {
    const doc = page('/en/plan/text/');
    const markers = [...doc.querySelectorAll('.ft-page, .ft-break')].map((m) =>
      squash(m.textContent),
    );
    expect(markers).toContain('p. 1 · PDF p. 4');
    expect(markers.filter((m) => m.startsWith('Page break: p. 2 · PDF p. 5'))).toHaveLength(1);
  });
});

const ordersDir = join(ROOT, 'content', 'fulltext', 'orders');
const orderNumbers = readdirSync(ordersDir)
  .filter((f) => f.endsWith('.en.json'))
  .map((f) => f.slice(0, -'.en.json'.length));
const primary = join(REFERENCE, 'primary');
type Source = { number: string; sources: (string | { url?: string })[] };
const eos = readJson<{ executive_orders: Source[] }>(
  '../shared/reference/executive-orders.json',
).executive_orders;

/** The copy in primary/ whose `source_url` is the order's whitehouse.gov URL. */
function primaryFile(number: string): string {
  const urls = eos
    .find((e) => e.number === number)!
    .sources.map((s) => (typeof s === 'string' ? s : (s.url ?? '')));
  const file = readdirSync(primary).find((f) => {
    const url = /^source_url:\s*'?(.*?)'?$/m.exec(readFileSync(join(primary, f), 'utf8'))?.[1];
    return url !== undefined && urls.includes(url) && url.includes('/presidential-actions/');
  });
  if (!file) throw new Error(`EO ${number}: no copy in primary/`);
  return file;
}

describe('order texts', () => {
  it.each(orderNumbers)('EO %s renders its primary copy word for word', (number) => {
    const source = orderSourceWords(readFileSync(join(primary, primaryFile(number)), 'utf8'));
    const rendered = renderedEnglish(page(`/en/orders/${number}/text/`));
    expect(rendered === source, firstDifference(source, rendered)).toBe(true);
  });

  it.each(orderNumbers)(
    'EO %s: every block has a self-linked anchor in both languages',
    (number) => {
      const blocks = readJson<{ id: string }[]>(`content/fulltext/orders/${number}.en.json`);
      for (const locale of ['de', 'en']) {
        const doc = page(`/${locale}/orders/${number}/text/`);
        for (const b of blocks)
          expect(
            doc.querySelector(`a.anchor-link[href="#${b.id}"]`),
            `${locale} ${b.id}`,
          ).not.toBeNull();
      }
    },
  );

  it('links the order page and its deadline rows to the exact clause', () => {
    const doc = page('/en/orders/14319/');
    expect(doc.querySelector('a[href="/en/orders/14319/text/#sec-4-b-iii"]')).not.toBeNull();
    expect(doc.querySelector('a[href="/en/orders/14319/text/#sec-4"]')).not.toBeNull();
  });

  it('labels German translations and says where there is none', () => {
    expect(page('/de/orders/14319/text/').querySelector('.ft-notice')?.textContent).toMatch(
      /Nichtamtliche Leseübersetzung/,
    );
    const untranslated = page('/de/orders/14148/text/');
    expect(untranslated.querySelector('.ft-notice')?.textContent).toMatch(
      /keine deutsche Leseübersetzung/,
    );
    expect(untranslated.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(false);
    expect(page('/de/orders/14319/text/').querySelector('#sec-4-b-iii')?.textContent).toContain(
      'Abschnitt 4 Buchst. b Ziff. iii',
    );
    expect(page('/en/orders/14319/text/').querySelector('#sec-4-b-iii')?.textContent).toContain(
      'Sec. 4(b)(iii)',
    );
  });
});
