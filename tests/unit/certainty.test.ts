import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownPlugins } from '../../src/plugins/index';
import { ROOT } from '../helpers/content';
import {
  buildFactLevels,
  parseFactRef,
  resolveFact,
  weakest,
} from '../../src/lib/content/certainty';
import { readContentTree } from '../../src/lib/content/tree';
import { certaintyHtml, certaintyMarker } from '../../src/lib/views/certainty';
import { checkHedgeFiles, findHedges } from '../../src/lib/editorial/hedge-check';
import { bibtex, cslJson, ris, type CitableWork } from '../../src/lib/citation/formats';
import { checkProseSource } from '../../src/lib/content/prose-safety';

const { remarkPlugins, rehypePlugins } = markdownPlugins(ROOT);
const processor = await createMarkdownProcessor({
  remarkPlugins: [...remarkPlugins],
  rehypePlugins: [...rehypePlugins],
});
const render = async (markdown: string, path: string) =>
  (await processor.render(markdown, { fileURL: new URL(`file://${ROOT}/${path}`) })).code;

describe('the certainty marker', () => {
  it('shows nothing for settled levels and a labelled link for the others', () => {
    expect(certaintyMarker('primary-text', 'en')).toBeUndefined();
    expect(certaintyMarker('official-metadata', 'de')).toBeUndefined();
    expect(certaintyHtml('primary-text', 'de')).toBe('');
    expect(certaintyMarker('secondary-multiple', 'en')).toMatchObject({
      label: 'secondary sources',
      href: '/en/methodology/#verification',
    });
    expect(certaintyMarker('secondary-single', 'de')).toMatchObject({
      label: 'eine Sekundärquelle',
      href: '/de/methodology/#verification',
    });
    expect(certaintyHtml('unverified', 'en')).toBe(
      '<span class="certainty certainty-unverified">[<a href="/en/methodology/#verification" title="not verified"><span class="visually-hidden">Verification: </span>unverified</a>]</span>',
    );
  });

  it('takes the weakest of several levels', () => {
    expect(weakest('primary-text', 'secondary-single', 'secondary-multiple')).toBe(
      'secondary-single',
    );
    expect(weakest('official-metadata')).toBe('official-metadata');
  });
});

describe('fact links', () => {
  const levels = buildFactLevels(readContentTree(ROOT));

  it('parse and resolve against the data', () => {
    expect(parseFactRef('fact:prior:omb-m-24-10#fate')).toEqual({
      kind: 'prior',
      id: 'omb-m-24-10',
      field: 'fate',
    });
    expect(parseFactRef('fact:measure:1.1.1#date')).toBeUndefined();
    expect(resolveFact('fact:prior:omb-m-24-10#fate', levels)).toMatchObject({
      ok: true,
      level: 'secondary-multiple',
    });
    expect(resolveFact('fact:document:omb-m-25-21#date', levels)).toMatchObject({
      ok: true,
      level: 'secondary-multiple',
    });
    expect(resolveFact('fact:prior:eo-14110#fate', levels)).toMatchObject({
      ok: true,
      level: 'primary-text',
    });
    expect(resolveFact('fact:prior:no-such#fate', levels)).toMatchObject({
      ok: false,
      message: 'unknown prior "no-such" in fact link "fact:prior:no-such#fate"',
    });
    expect(resolveFact('fact:prior:eo-14110#colour', levels)).toMatchObject({
      ok: false,
      fix: 'use one of #date, #citation, #fate',
    });
  });

  const text =
    'OMB replaced the memorandum ([replaced by M-25-21 on 3 April 2025](fact:prior:omb-m-24-10#fate)); EO 14110 was revoked ([20 January 2025](fact:prior:eo-14110#fate)).';
  const texts = {
    de: 'Das OMB ersetzte das Memorandum ([am 3. April 2025 durch M-25-21](fact:prior:omb-m-24-10#fate)); EO 14110 wurde aufgehoben ([20. Januar 2025](fact:prior:eo-14110#fate)).',
    en: text,
  };
  it.each(['de', 'en'] as const)('render on a %s page as the snapshot shows', async (locale) => {
    const html = await render(texts[locale], `content/text/${locale}/prior/omb-m-24-10.md`);
    await expect(html).toMatchFileSnapshot(`./snapshots/fact-links.${locale}.html`);
  });

  it('link to the facts box and add the marker only where the level is not settled', async () => {
    const html = await render(text, 'content/text/en/prior/omb-m-24-10.md');
    expect(html).toContain(
      '<a href="/en/prior/omb-m-24-10/#facts">replaced by M-25-21 on 3 April 2025</a> <span class="certainty certainty-secondary-multiple">[<a href="/en/methodology/#verification" title="confirmed by several secondary sources; official page not seen"><span class="visually-hidden">Verification: </span>secondary sources</a>]</span>',
    );
    expect(html).toContain('<a href="/en/prior/eo-14110/#facts">20 January 2025</a>).');
    const doc = await render(
      'Signed [3 April 2025](fact:document:omb-m-25-21#date).',
      'content/text/de/documents/omb-m-25-21.md',
    );
    expect(doc).toContain('href="/de/documents/omb-m-25-21/#facts"');
    expect(doc).toContain('Sekundärquellen</a>]</span>');
  });

  it('stop the build on an unknown entity or fact, naming file, line and fix', async () => {
    const error = await render(
      'One.\n\n[x](fact:document:omb-m-99-99#date)',
      'content/text/en/documents/omb-m-25-21.md',
    ).catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /^content\/text\/en\/documents\/omb-m-25-21\.md:3: fact link "fact:document:omb-m-99-99#date": unknown document/m,
    );
    expect((error as Error).message).toMatch(/Fix: use an existing document ID/);
  });

  it('are a scheme prose may use', () => {
    expect(checkProseSource('x.md', '[3 April 2025](fact:document:omb-m-25-21#date)')).toEqual([]);
  });
});

describe('the hedge check', () => {
  const en = (text: string, file = 'content/text/en/orders/1.md') => ({ file, text });
  const de = (text: string, file = 'content/text/de/orders/1.md') => ({ file, text });

  it('finds hedges and names line, phrase and fix', () => {
    const [p] = findHedges(en('Intro.\nThe site was reportedly launched.'), 'en');
    expect(p).toMatchObject({ file: 'content/text/en/orders/1.md', field: 'line 2, column 14' });
    expect(p!.message).toContain('„reportedly“');
    expect(p!.fix).toContain('fact:');
    expect(
      findHedges(
        en('M-26-04 of 11 December 2025, a date confirmed only by secondary sources.'),
        'en',
      ),
    ).toHaveLength(1);
    expect(
      findHedges(de('Kanzleiberichten zufolge richtete er die Task Force ein.'), 'de'),
    ).toHaveLength(1);
    expect(
      findHedges(de('Das Datum vom 3. April 2025 stützt sich auf mehrere Sekundärquellen.'), 'de'),
    ).toHaveLength(1);
    expect(findHedges(de('Nicht geprüft: der amtliche Text.'), 'de')).toHaveLength(1);
    expect(findHedges(de('Die Nummer ließ sich nicht bestätigen.'), 'de')).toHaveLength(1);
  });

  it('leaves statements about the world, the editors’ work and attributions alone', () => {
    for (const text of [
      'No official text was found.',
      'We did not read the memorandum itself.',
      'According to secondary sources, the rule imposed a worldwide license requirement.',
      'The date is not known.',
      'Quoted: ([reportedly launched](quote:-)).',
    ])
      expect(findHedges(en(text), 'en'), text).toEqual([]);
    expect(findHedges(de('Ihr Text wurde für diese Seite nicht geprüft.'), 'de')).toEqual([]);
    expect(findHedges(de('Sie soll „nicht bestätigt“ heißen.'), 'de')).toEqual([]);
  });

  it('refuses an unlisted file with a hedge and a listed file with none left', () => {
    const files = {
      de: [de('Alles klar.')],
      en: [en('It was reportedly done.', 'content/text/en/orders/2.md')],
    };
    const problems = checkHedgeFiles(files, ['content/text/de/orders/1.md']);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/text/de/orders/1.md', '(file)'],
      ['content/text/en/orders/2.md', 'line 1, column 8'],
    ]);
    expect(problems[0]!.fix).toBe('remove it from content/data/hedge-backlog.json');
    expect(
      checkHedgeFiles(files, ['content/text/de/orders/1.md', 'content/text/en/orders/2.md']).map(
        (p) => p.field,
      ),
    ).toEqual(['(file)']);
  });
});

describe('citation files of an original that rests on secondary sources', () => {
  const work: CitableWork = {
    siteName: 'AI Action Plan Atlas',
    title: 'OMB M-24-10',
    url: 'https://atlas.example.org/en/prior/omb-m-24-10/',
    date: '2026-11-20',
    locale: 'en',
    key: 'atlas-prior-omb-m-24-10-en',
    note: 'citation or date of the original: confirmed by several secondary sources; official page not seen',
  };
  it('carry the note in BibTeX, RIS and CSL-JSON', () => {
    expect(bibtex(work)).toContain(
      'note = {Facts last checked November 20, 2026; citation or date of the original: confirmed by several secondary sources; official page not seen}',
    );
    expect(ris(work)).toContain(
      'N1  - citation or date of the original: confirmed by several secondary sources; official page not seen\r\n',
    );
    expect(cslJson(work)[0]!.note).toBe(work.note);
    const plain: CitableWork = { ...work };
    delete plain.note;
    expect(cslJson(plain)[0]).not.toHaveProperty('note');
    expect(ris(plain)).not.toContain('N1');
  });
});
