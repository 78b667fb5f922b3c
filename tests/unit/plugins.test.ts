import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownPlugins } from '../../src/plugins/index';
import { ROOT } from '../helpers/content';

const { remarkPlugins, rehypePlugins } = markdownPlugins(ROOT);
const processor = await createMarkdownProcessor({ remarkPlugins: [...remarkPlugins], rehypePlugins: [...rehypePlugins] });

const render = async (markdown: string, path: string) =>
  (await processor.render(markdown, { fileURL: new URL(`file://${ROOT}/${path}`) })).code;

describe('remark-entity-links through the Markdown pipeline', () => {
  it.each([
    ['de', 'measure:1.3.2', '/de/measures/1-3-2/'],
    ['en', 'measure:1.3.2', '/en/measures/1-3-2/'],
    ['de', 'order:14319#sec-3', '/de/orders/14319/#sec-3'],
    ['en', 'prior:eo-14110', '/en/prior/eo-14110/'],
    ['de', 'section:1.10', '/de/sections/1-10/'],
    ['en', 'pillar:3#sections', '/en/pillars/3/#sections'],
    ['de', 'agency:nist', '/de/agencies/nist/'],
    ['en', 'page:methodology', '/en/methodology/'],
  ])('in %s turns %s into %s', async (locale, href, url) => {
    const html = await render(`Siehe [Verweis](${href}).`, `content/text/${locale}/measures/1.1.1.md`);
    expect(html).toContain(`href="${url}"`);
  });

  it('leaves ordinary links alone', async () => {
    const html = await render('[PDF](https://www.whitehouse.gov/x.pdf) and [mail](mailto:a@b.c)', 'content/text/en/measures/1.1.1.md');
    expect(html).toContain('href="https://www.whitehouse.gov/x.pdf"');
    expect(html).toContain('href="mailto:a@b.c"');
  });

  it('stops the build on an unknown ID, naming file, line, reference and fix', async () => {
    const error = await render('Eins.\n\nSiehe [hier](measure:9.9.9).', 'content/text/de/measures/1.1.1.md').catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^content\/text\/de\/measures\/1\.1\.1\.md:3: cross-reference "measure:9\.9\.9": unknown measure ID "9\.9\.9"/m,
    );
    expect((error as Error).message).toMatch(/Fix: use an existing measure ID/);
  });

  it('stops the build on an unknown anchor and lists the valid ones', async () => {
    const error = await render('See [sec. 99](order:14319#sec-99).', 'content/text/en/orders/14319.md').catch((e: Error) => e);
    expect((error as Error).message).toMatch(/order "14319" has no anchor "#sec-99"/);
    expect((error as Error).message).toMatch(/sec-1/);
  });

  it('refuses a cross-reference in a file outside content/text/<locale>/', async () => {
    const error = await render('[x](measure:1.1.1)', 'src/pages/about.md').catch((e: Error) => e);
    expect((error as Error).message).toMatch(/language is unknown/);
  });
});

describe('rehype-heading-anchors through the Markdown pipeline', () => {
  it('gives headings an ID and a self-link labelled in the page language', async () => {
    const de = await render('## Bürokratie abbauen\n\nText.', 'content/text/de/pages/methodology.md');
    expect(de).toMatch(
      /<h2 id="bürokratie-abbauen">Bürokratie abbauen<a class="anchor-link" href="#bürokratie-abbauen" data-pagefind-ignore="" aria-label="Link zu diesem Abschnitt: Bürokratie abbauen"><\/a><\/h2>/,
    );
    expect(de).toContain('Link zu diesem Abschnitt: Bürokratie abbauen');
    const en = await render('## Remove red tape\n\nText.', 'content/text/en/pages/methodology.md');
    expect(en).toContain('Link to this section: Remove red tape');
  });

  it('keeps IDs unique within a page', async () => {
    const html = await render('## Context\n\n## Context', 'content/text/en/pages/methodology.md');
    expect(html).toContain('id="context"');
    expect(html).toContain('id="context-1"');
  });
});
