import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownPlugins } from '../../src/plugins/index';
import { ROOT } from '../helpers/content';

const { remarkPlugins, rehypePlugins } = markdownPlugins(ROOT);
const processor = await createMarkdownProcessor({
  remarkPlugins: [...remarkPlugins],
  rehypePlugins: [...rehypePlugins],
});

const render = async (markdown: string, path: string) =>
  (await processor.render(markdown, { fileURL: new URL(`file://${ROOT}/${path}`) })).code;

/** Every kind of entity link, with and without an anchor, beside ordinary links the plugin must leave alone. */
const LINKS = [
  'Siehe [Maßnahme 1.3.2](measure:1.3.2), [Abschnitt 1.10](section:1.10) und [Säule III](pillar:3#sections).',
  '',
  '[EO 14319, Sec. 3](order:14319#sec-3) widerruft nichts; [EO 14110](prior:eo-14110) wurde widerrufen.',
  '',
  '[NIST](agency:nist), [Methodik](page:methodology), [PDF](https://www.whitehouse.gov/x.pdf) und [Mail](mailto:a@b.c).',
].join('\n');

describe('remark-entity-links through the Markdown pipeline', () => {
  it.each(['de', 'en'])(
    'turns entity links on a %s page into that language’s URLs, as the snapshot shows',
    async (locale) => {
      const html = await render(LINKS, `content/text/${locale}/measures/1.1.1.md`);
      await expect(html).toMatchFileSnapshot(`./snapshots/entity-links.${locale}.html`);
    },
  );

  it('stops the build on an unknown ID, naming file, line, reference and fix', async () => {
    const error = await render(
      'Eins.\n\nSiehe [hier](measure:9.9.9).',
      'content/text/de/measures/1.1.1.md',
    ).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^content\/text\/de\/measures\/1\.1\.1\.md:3: cross-reference "measure:9\.9\.9": unknown measure ID "9\.9\.9"/m,
    );
    expect((error as Error).message).toMatch(/Fix: use an existing measure ID/);
  });

  it('stops the build on an unknown anchor and lists the valid ones', async () => {
    const error = await render(
      'See [sec. 99](order:14319#sec-99).',
      'content/text/en/orders/14319.md',
    ).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/order "14319" has no anchor "#sec-99"/);
    expect((error as Error).message).toMatch(/sec-1/);
  });

  it('refuses a cross-reference in a file outside content/text/<locale>/', async () => {
    const error = await render('[x](measure:1.1.1)', 'src/pages/about.md').catch((e: Error) => e);
    expect((error as Error).message).toMatch(/language is unknown/);
  });
});

/** Headings of three ranks, one with umlauts and one repeated, so the snapshot shows slugs, uniqueness and the label. */
const HEADINGS = [
  '## Bürokratie abbauen',
  '',
  'Text.',
  '',
  '### Context',
  '',
  '### Context',
  '',
  '#### Remove red tape',
  '',
  '# Title',
].join('\n');

describe('rehype-heading-anchors through the Markdown pipeline', () => {
  it.each(['de', 'en'])(
    'gives headings on a %s page a unique ID and a self-link labelled in that language',
    async (locale) => {
      const html = await render(HEADINGS, `content/text/${locale}/pages/methodology.md`);
      await expect(html).toMatchFileSnapshot(`./snapshots/heading-anchors.${locale}.html`);
    },
  );
});
