import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownPlugins } from '../../src/plugins/index';
import { ROOT } from '../helpers/content';
import { LOCALES, type Locale } from '../../src/i18n/locales';

/** The real pipeline with the real glossary (content/data/glossary.json), as the build runs it. */
const { remarkPlugins, rehypePlugins } = markdownPlugins(ROOT);
const processor = await createMarkdownProcessor({
  remarkPlugins: [...remarkPlugins],
  rehypePlugins: [...rehypePlugins],
});
const render = async (md: string, path: string) =>
  (await processor.render(md, { fileURL: new URL(`file://${ROOT}/${path}`) })).code;

/**
 * Per language: a term repeated in two forms (only the first occurrence is linked); a form inside a
 * longer word and one glued to a hyphen (neither matches); a link, a heading and a quotation (left as
 * they are).
 */
const BODY: Record<Locale, string> = {
  de: [
    '## NEPA',
    '',
    '[NEPA](https://example.test), NEPAX und pre-NEPA sind nicht gemeint.',
    '',
    '> NEPA',
    '',
    'Neue Categorical Exclusions nach NEPA. Wieder NEPA und eine Categorical Exclusion.',
  ].join('\n'),
  en: [
    '## NEPA',
    '',
    '[NEPA](https://example.test), NEPAX and pre-NEPA are not meant.',
    '',
    '> NEPA',
    '',
    'Under NEPA, agencies adopt categorical exclusions. NEPA again, and one categorical exclusion.',
  ].join('\n'),
};

describe('rehype-glossary-links through the Markdown pipeline', () => {
  it.each(LOCALES)(
    'links the first whole-word occurrence of each term on a %s page, as the snapshot shows',
    async (locale) => {
      const html = await render(BODY[locale], `content/text/${locale}/measures/2.1.1.md`);
      await expect(html).toMatchFileSnapshot(`./snapshots/glossary-links.${locale}.html`);
    },
  );

  it('does not link glossary entries to themselves or files outside the content', async () => {
    expect(await render('NEPA', 'content/text/en/glossary/nepa.md')).not.toContain('class="term"');
    expect(await render('NEPA', 'src/pages/x.md')).not.toContain('class="term"');
    expect(await render('NEPA', 'content/text/en/measures/2.1.1.md')).toContain('class="term"');
  });
});
