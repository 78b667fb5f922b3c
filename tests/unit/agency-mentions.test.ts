import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownPlugins } from '../../src/plugins/index';
import {
  glossSuffix,
  renderAgencyMentions,
  withAgencyMentions,
  type GlossAgency,
} from '../../src/lib/editorial/agency-mentions';
import { ROOT } from '../helpers/content';

const { remarkPlugins, rehypePlugins } = markdownPlugins(ROOT);
const processor = await createMarkdownProcessor({
  remarkPlugins: [...remarkPlugins],
  rehypePlugins: [...rehypePlugins],
});

const render = async (markdown: string, path: string, summary?: string) =>
  (
    await processor.render(markdown, {
      fileURL: new URL(`file://${ROOT}/${path}`),
      frontmatter: summary ? { summary } : {},
    })
  ).code;

const omb: GlossAgency = {
  id: 'omb',
  planName: 'OMB',
  acronym: 'OMB',
  nameEn: 'Office of Management and Budget',
  glossDe: 'Haushalts- und Verwaltungsamt des Weißen Hauses',
};
const treasury: GlossAgency = {
  id: 'department-of-the-treasury',
  planName: 'Department of the Treasury',
  acronym: null,
  nameEn: 'Department of the Treasury',
  glossDe: 'Finanzministerium',
};
const agencies = new Map([omb, treasury].map((a) => [a.id, a]));

const body = [
  'Die Überprüfung leitet das [Office of Management and Budget](agency:omb); später prüft das [OMB](agency:omb) erneut.',
  '',
  'Das [Department of the Treasury](agency:department-of-the-treasury) und das [Handelsministerium](agency:doc) wirken mit.',
].join('\n');

describe('remark-agency-mentions through the Markdown pipeline', () => {
  it.each(['de', 'en'])(
    'renders agency mentions on a %s page as the snapshot shows',
    async (locale) => {
      const html = await render(body, `content/text/${locale}/measures/1.1.2.md`);
      await expect(html).toMatchFileSnapshot(`./snapshots/agency-mentions.${locale}.html`);
    },
  );

  it('glosses only the first mention, from agencies.json', async () => {
    const text = (await render(body, 'content/text/de/measures/1.1.2.md')).replace(/<[^>]+>/g, '');
    expect(text.match(/Haushalts- und Verwaltungsamt/g)).toHaveLength(1);
    expect(text).toContain(
      'Office of Management and Budget (OMB, Haushalts- und Verwaltungsamt des Weißen Hauses); später prüft das OMB erneut',
    );
    expect(text).toContain('Department of the Treasury (Finanzministerium)');
  });

  it('does not gloss an agency the summary already mentioned', async () => {
    const html = await render(
      body,
      'content/text/de/measures/1.1.2.md',
      'Federführend ist das [OMB](agency:omb).',
    );
    expect(html).not.toContain('Haushalts- und Verwaltungsamt');
  });

  it('adds no gloss to a German label or on an English page', async () => {
    expect(await render(body, 'content/text/de/measures/1.1.2.md')).not.toContain(
      '(Handelsministerium)',
    );
    expect(await render(body, 'content/text/en/measures/1.1.2.md')).not.toContain('Haushalts');
  });
});

describe('agency mentions in front matter', () => {
  it('gloss the first mention and keep later ones short', () => {
    const seen = new Set<string>();
    expect(
      renderAgencyMentions(
        'Das [OMB](agency:omb) und wieder das [OMB](agency:omb).',
        'de',
        agencies,
        seen,
      ),
    ).toBe('Das OMB (Haushalts- und Verwaltungsamt des Weißen Hauses) und wieder das OMB.');
    expect(renderAgencyMentions('Noch einmal [OMB](agency:omb).', 'de', agencies, seen)).toBe(
      'Noch einmal OMB.',
    );
    expect(renderAgencyMentions('The [OMB](agency:omb).', 'en', agencies, new Set())).toBe(
      'The OMB.',
    );
  });

  it('count the summary, then the body, then section summaries as the page order', () => {
    const entry = withAgencyMentions(
      {
        id: 'de/orders/14319',
        body: 'Im Text das [Department of the Treasury](agency:department-of-the-treasury).',
        data: {
          summary: 'Das [Office of Management and Budget](agency:omb) erlässt Leitlinien.',
          sections: {
            '10': 'Das [OMB](agency:omb) prüft.',
            '2': 'Das [Department of the Treasury](agency:department-of-the-treasury) zahlt.',
          },
        },
      },
      agencies,
    );
    expect(entry.data.summary).toBe(
      'Das Office of Management and Budget (OMB, Haushalts- und Verwaltungsamt des Weißen Hauses) erlässt Leitlinien.',
    );
    expect(entry.data.sections).toEqual({
      '10': 'Das OMB prüft.',
      '2': 'Das Department of the Treasury zahlt.',
    });
  });

  it('gloss with the acronym only where the label is the full name', () => {
    expect(glossSuffix('OMB', omb, 'de')).toBe(
      ' (Haushalts- und Verwaltungsamt des Weißen Hauses)',
    );
    expect(glossSuffix('Office of Management and Budget', omb, 'de')).toBe(
      ' (OMB, Haushalts- und Verwaltungsamt des Weißen Hauses)',
    );
    expect(glossSuffix('Haushaltsamt', omb, 'de')).toBe('');
  });
});

describe('remark-quotations through the Markdown pipeline', () => {
  const text =
    'Der Plan will die vorzeitige Stilllegung kritischer Kraftwerke verhindern ([prevent the premature decommissioning …](quote:15)).';
  it.each(['de', 'en'])(
    'renders a quotation on a %s page as the snapshot shows',
    async (locale) => {
      const html = await render(text, `content/text/${locale}/measures/2.2.1.md`);
      await expect(html).toMatchFileSnapshot(`./snapshots/quotations.${locale}.html`);
    },
  );

  it('marks the original as English and gives the page after it', async () => {
    const html = await render(text, 'content/text/de/measures/2.2.1.md');
    expect(html).toContain(
      'verhindern („<span lang="en" class="quote-en">prevent the premature decommissioning …</span>“, S. 15).',
    );
  });

  it('names sections of orders and refuses an unknown locator', async () => {
    expect(
      await render(
        'Er verlangt es ([shall not intentionally encode](quote:sec-3-b)).',
        'content/text/de/orders/14319.md',
      ),
    ).toContain('“, Sec. 3(b))');
    const error = await render('X ([y](quote:page)).', 'content/text/de/orders/14319.md').catch(
      (e: Error) => e,
    );
    expect((error as Error).message).toMatch(
      /content\/text\/de\/orders\/14319\.md:1: quotation "quote:page" has an unknown locator/,
    );
    const spliced = await render(
      'Er will [y](quote:3) sehen.',
      'content/text/de/orders/14319.md',
    ).catch((e: Error) => e);
    expect((spliced as Error).message).toMatch(/is not in brackets after the sentence/);
  });
});
