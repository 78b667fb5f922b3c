import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypeGlossaryLinks, type GlossaryTerm } from '../../src/plugins/rehype-glossary-links';
import { ROOT } from '../helpers/content';

const terms: GlossaryTerm[] = [
  { id: 'nepa', match: { de: ['NEPA'], en: ['NEPA'] } },
  {
    id: 'categorical-exclusion',
    match: { de: ['Categorical Exclusions', 'Categorical Exclusion'], en: ['categorical exclusions', 'categorical exclusion'] },
  },
  { id: 'agency', match: { de: [], en: [] } },
];
const processor = await createMarkdownProcessor({ rehypePlugins: [[rehypeGlossaryLinks, { terms: () => terms }]] } as never);
const render = async (md: string, path: string) => (await processor.render(md, { fileURL: new URL(`file://${ROOT}/${path}`) })).code;

describe('rehype-glossary-links through the Markdown pipeline', () => {
  it('links only the first occurrence of each term, to the glossary of the page language', async () => {
    const html = await render(
      'Neue Categorical Exclusions nach NEPA. Wieder NEPA und eine Categorical Exclusion.',
      'content/text/de/measures/2.1.1.md',
    );
    expect(html.match(/<a class="term"/g)).toHaveLength(2);
    expect(html).toContain('<a class="term" href="/de/glossary/#categorical-exclusion">Categorical Exclusions</a>');
    expect(html).toContain('<a class="term" href="/de/glossary/#nepa">NEPA</a>');
    const en = await render('Under NEPA, agencies adopt categorical exclusions.', 'content/text/en/measures/2.1.1.md');
    expect(en).toContain('href="/en/glossary/#nepa"');
    expect(en).toContain('href="/en/glossary/#categorical-exclusion">categorical exclusions</a>');
  });

  it('matches whole words only', async () => {
    const html = await render('NEPAX and pre-NEPA are not the term.', 'content/text/en/measures/1.1.1.md');
    expect(html).not.toContain('class="term"');
  });

  it('leaves links, headings and quotations alone', async () => {
    const html = await render('## NEPA\n\n[NEPA](https://example.test)\n\n> NEPA\n\nThen NEPA.', 'content/text/en/measures/1.1.1.md');
    expect(html.match(/<a class="term"/g)).toHaveLength(1);
    expect(html).toMatch(/Then <a class="term" href="\/en\/glossary\/#nepa">NEPA<\/a>\./);
  });

  it('does not link glossary entries to themselves or files outside the content', async () => {
    expect(await render('NEPA', 'content/text/en/glossary/nepa.md')).not.toContain('class="term"');
    expect(await render('NEPA', 'src/pages/x.md')).not.toContain('class="term"');
  });
});
