import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import {
  checkOtherAgencies,
  checkOtherAgencyData,
  checkTypedGlosses,
  type KnownAgency,
} from '../../src/lib/editorial/other-agencies';
import { glossSuffix } from '../../src/lib/editorial/agency-mentions';
import { buildLinkTargets, resolveEntityHref } from '../../src/lib/content/link-targets';
import { markdownPlugins } from '../../src/plugins/index';
import { ROOT, realTree } from '../helpers/content';

describe('agencies the plan does not name', () => {
  const { remarkPlugins, rehypePlugins } = markdownPlugins(ROOT);
  const render = async (markdown: string, path: string) => {
    const processor = await createMarkdownProcessor({
      remarkPlugins: [...remarkPlugins],
      rehypePlugins: [...rehypePlugins],
    });
    return (await processor.render(markdown, { fileURL: new URL(`file://${ROOT}/${path}`) })).code;
  };

  it('renders a German mention as text with the gloss at the first mention, and no link', async () => {
    const html = await render(
      'Der [Council on Environmental Quality](agency:ceq) koordiniert; der [CEQ](agency:ceq) meldet.',
      'content/text/de/measures/2.1.1.md',
    );
    expect(html).toContain(
      'Der Council on Environmental Quality (CEQ, Umweltrat des Weißen Hauses) koordiniert; der CEQ meldet.',
    );
    expect(html).not.toContain('<a');
  });

  it('renders an English mention as plain text', async () => {
    const html = await render(
      'The [Environmental Protection Agency](agency:epa) (EPA) is to act.',
      'content/text/en/measures/2.1.4.md',
    );
    expect(html).toContain('The Environmental Protection Agency (EPA) is to act.');
    expect(html).not.toContain('<a');
  });

  it('resolves agency:<id> to no URL, and refuses an anchor on it', () => {
    const targets = buildLinkTargets(realTree());
    expect(resolveEntityHref('agency:bis', 'de', targets)).toEqual({ ok: true, url: null });
    expect(resolveEntityHref('agency:bis#summary', 'de', targets).ok).toBe(false);
    expect(resolveEntityHref('agency:nist', 'de', targets)).toEqual({
      ok: true,
      url: '/de/agencies/nist/',
    });
  });

  it('glosses the name without "U.S."', () => {
    const usace = {
      id: 'usace',
      acronym: 'USACE',
      nameEn: 'U.S. Army Corps of Engineers',
      glossDe: 'Pionierkorps des US-Heeres',
    };
    expect(glossSuffix('Army Corps of Engineers', usace, 'de')).toBe(
      ' (USACE, Pionierkorps des US-Heeres)',
    );
    expect(glossSuffix('U.S. Army Corps of Engineers', usace, 'de')).toBe(
      ' (USACE, Pionierkorps des US-Heeres)',
    );
  });
});

const agencies: KnownAgency[] = [
  {
    id: 'doc',
    planName: 'DOC',
    acronym: 'DOC',
    nameEn: 'Department of Commerce',
    glossDe: 'Handelsministerium',
  },
  {
    id: 'ceq',
    acronym: 'CEQ',
    nameEn: 'Council on Environmental Quality',
    glossDe: 'Umweltrat des Weißen Hauses',
  },
  {
    id: 'usace',
    acronym: 'USACE',
    nameEn: 'U.S. Army Corps of Engineers',
    glossDe: 'Pionierkorps des US-Heeres',
  },
];
const file = 'content/text/de/measures/2.1.1.md';
const check = (text: string) => checkTypedGlosses([{ file, text }], agencies);

describe('hand-typed glosses of other agencies', () => {
  it.each([
    [
      'an acronym the data knows, with a German description',
      'Die Behörden melden dem Umweltrat (CEQ, Umweltrat des Weißen Hauses) ihre Ausnahmen.',
      '[CEQ](agency:ceq)',
    ],
    [
      'a shorter spelling of a known name',
      'Anträge beim Army Corps of Engineers (Pionierkorps des Heeres) gehen vor.',
      '[Army Corps of Engineers](agency:usace)',
    ],
    [
      'a shorter spelling after a link',
      'Beim [Army Corps of Engineers](agency:usace) (Pionierkorps) liegt es.',
      '[Army Corps of Engineers](agency:usace)',
    ],
    [
      'an agency the data does not know, with acronym',
      'Das Bureau of Land Management (BLM, Bundesamt für Landverwaltung) vergibt Flächen.',
      'content/data/other-agencies.json',
    ],
    [
      'an agency the data does not know, without acronym',
      'Der Council of Economic Advisers (Wirtschaftsberater des Präsidenten) berichtet.',
      'content/data/other-agencies.json',
    ],
  ])('refuses %s', (_case, text, fix) => {
    const problems = check(`---\ntitle: "T"\n---\n${text}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(file);
    expect(problems[0]!.field).toMatch(/^line 4, column \d+$/);
    expect(problems[0]!.message).toContain('hand-typed gloss');
    expect(problems[0]!.fix).toContain(fix);
  });

  it.each([
    [
      'the mechanism',
      'Die Behörden melden dem [Council on Environmental Quality](agency:ceq) ihre Ausnahmen.',
    ],
    ['an acronym alone in brackets', 'Der Council on Environmental Quality (CEQ) koordiniert.'],
    [
      'a law with its acronym and a German description',
      'Nach dem National Environmental Policy Act (NEPA, Umweltprüfungsgesetz) prüfen.',
    ],
    ['a list of acronyms', 'Federführend sind mehrere Stellen (DOC, OSTP).'],
    ['a page reference', 'Das Department of Energy (DOE, S. 4) soll.'],
    ['an English original in brackets', 'Das Handelsministerium (Department of Commerce) soll.'],
    [
      'a German name with the English name in brackets',
      'Die Beweisregeln (Advisory Committee on Evidence Rules) gelten.',
    ],
    ['a quotation', 'Der Erlass nennt „Council Office (Amt des Rates)“ ausdrücklich.'],
    ['a title', 'title: "Bureau of Land Management (Bundesamt für Landverwaltung)"'],
    [
      'a category whose name holds an agency word',
      'Die High Impact Service Providers (besonders publikumsnahe Dienststellen) zählen.',
    ],
    // An exact name before a bracket is the terminology check's (checkGlosses): reported once, there.
    [
      'an exact name, left to checkGlosses',
      'Der Council on Environmental Quality (CEQ, Umweltrat des Weißen Hauses) koordiniert.',
    ],
  ])('accepts %s', (_case, text) => {
    expect(check(text)).toEqual([]);
  });

  it('passes on the real content', () => {
    expect(checkOtherAgencies(ROOT)).toEqual([]);
  });
});

describe('other-agencies data', () => {
  const listed: KnownAgency[] = [agencies[0]!];
  it('refuses an ID of agencies.json, an unknown parent and a data link to a body without a page', () => {
    const others: KnownAgency[] = [
      { id: 'doc', nameEn: 'Department of Commerce', glossDe: 'Handelsministerium' },
      {
        id: 'bis',
        nameEn: 'Bureau of Industry and Security',
        glossDe: 'Exportkontrollbehörde',
        parent: 'commerce',
      },
    ];
    const data = [
      {
        file: 'content/data/topics.json',
        records: [{ id: 't', orders: ['agency:bis', 'agency:doc'] }],
      },
    ];
    const problems = checkOtherAgencyData(listed, others, data);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/data/other-agencies.json', '"doc".id'],
      ['content/data/other-agencies.json', '"bis".parent'],
      ['content/data/topics.json', '[0].orders[0]'],
    ]);
  });

  it('accepts parents in either file', () => {
    const others: KnownAgency[] = [
      { id: 'army', nameEn: 'Department of the Army', glossDe: 'Heeresministerium' },
      {
        id: 'usace',
        nameEn: 'U.S. Army Corps of Engineers',
        glossDe: 'Pionierkorps',
        parent: 'army',
      },
      {
        id: 'bis',
        nameEn: 'Bureau of Industry and Security',
        glossDe: 'Exportkontrollbehörde',
        parent: 'doc',
      },
    ];
    expect(checkOtherAgencyData(listed, others, [])).toEqual([]);
  });
});
