import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content/all-checks';
import type { ContentTree } from '../../src/lib/content/collections';
import { entityLinks } from '../../src/lib/content/tree';
import { checkSchemas } from '../../src/lib/content/schema-check';
import { realTree } from '../helpers/content';

type Rec = Record<string, unknown>;

function withDefect(apply: (tree: ContentTree) => void): ContentTree {
  const tree = structuredClone(realTree());
  apply(tree);
  return tree;
}
const records = (tree: ContentTree, name: keyof ContentTree['data']) =>
  tree.data[name]!.records as Rec[];

describe('schema check before the build', () => {
  it('passes on the committed content', () => {
    expect(checkSchemas(realTree()).map(formatProblem)).toEqual([]);
  });

  it('names a missing required field and says to add it', () => {
    const tree = withDefect((t) => delete records(t, 'measures')[0]!.pdfPage);
    expect(checkSchemas(tree)).toEqual([
      expect.objectContaining({
        file: 'content/data/measures.json',
        field: '"1.1.1".pdfPage',
        fix: expect.stringMatching(/add the required field "pdfPage"/) as string,
      }),
    ]);
  });

  it('names a malformed date and the format it must have', () => {
    const tree = withDefect((t) => (records(t, 'orders')[0]!.signingDate = '20.01.2025'));
    const [problem] = checkSchemas(tree);
    expect(problem).toMatchObject({
      file: 'content/data/orders.json',
      field: `"${String(records(realTree(), 'orders')[0]!.id)}".signingDate`,
    });
    expect(problem!.fix).toContain('YYYY-MM-DD');
  });

  it('names an unknown field and says to remove it', () => {
    const tree = withDefect((t) => (records(t, 'agencies')[0]!.nmae = 'typo'));
    const [problem] = checkSchemas(tree);
    expect(problem!.fix).toMatch(/remove or rename "nmae"/);
  });

  it('lists the allowed values of an enumeration', () => {
    const tree = withDefect((t) => (records(t, 'measures')[0]!.instruments = ['magic']));
    const [problem] = checkSchemas(tree);
    expect(problem!.field).toBe('"1.1.1".instruments.0');
    expect(problem!.fix).toMatch(/use one of "rfi", "guidance"/);
  });
});

describe('cross-references in texts', () => {
  it('finds entity links with their line, and nothing else', () => {
    const source =
      '---\ntitle: x\n---\nSee [a](measure:1.3.2) and\n[b](order:14179#sec-2), [c](https://example.org/), [d](/de/).\n';
    expect(entityLinks(source)).toEqual([
      { href: 'measure:1.3.2', line: 4 },
      { href: 'order:14179#sec-2', line: 5 },
    ]);
  });

  it('refuses a link to an unknown measure with file, line and fix', () => {
    const tree = withDefect((t) =>
      t.texts
        .find((x) => x.file === 'content/text/en/measures/1.3.2.md')!
        .links!.push({ href: 'measure:1.3.99', line: 7 }),
    );
    const problems = checkContent(tree);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/text/en/measures/1.3.2.md:7',
        field: 'cross-reference "measure:1.3.99"',
        fix: expect.stringMatching(/existing measure ID/) as string,
      }),
    ]);
  });

  it('refuses an unknown anchor', () => {
    const tree = withDefect((t) =>
      t.texts
        .find((x) => x.file === 'content/text/de/measures/1.3.2.md')!
        .links!.push({ href: 'order:14179#sec-99', line: 3 }),
    );
    expect(checkContent(tree).map((p) => p.field)).toEqual([
      'cross-reference "order:14179#sec-99"',
    ]);
  });
});
