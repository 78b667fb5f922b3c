import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content/all-checks';
import type { ContentTree } from '../../src/lib/content/collections';
import { idIndex } from '../../src/lib/content/checks/shared';
import { readJson, realTree } from '../helpers/content';

type Rec = Record<string, unknown>;

/** A deep copy of the real content with one defect applied. */
function withDefect(apply: (tree: ContentTree) => void): ContentTree {
  const tree = structuredClone(realTree());
  apply(tree);
  return tree;
}
const records = (tree: ContentTree, name: keyof ContentTree['data']) =>
  tree.data[name]!.records as Rec[];

describe('content check', () => {
  it('passes on the committed content', () => {
    const problems = checkContent(realTree());
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('finds a duplicate ID and names file, field and fix', () => {
    const tree = withDefect((t) => records(t, 'measures').push({ ...records(t, 'measures')[0] }));
    const [problem] = checkContent(tree);
    expect(problem).toMatchObject({ file: 'content/data/measures.json', field: '"1.1.1".id' });
    expect(problem!.message).toMatch(/appears more than once/);
    expect(problem!.fix).toMatch(/unique/);
  });

  it('finds a reference to an unknown agency', () => {
    const tree = withDefect((t) => (records(t, 'measures')[0]!.agencies = ['ministry-of-magic']));
    const problems = checkContent(tree);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toContain(
      'content/data/measures.json: "1.1.1".agencies: unknown agencies ID "ministry-of-magic"',
    );
  });

  it('finds a related measure that does not exist and a measure related to itself', () => {
    const tree = withDefect((t) => (records(t, 'measures')[1]!.related = ['9.9.9', '1.1.2']));
    const messages = checkContent(tree).map((p) => p.message);
    expect(messages).toContain('unknown measures ID "9.9.9"');
    expect(messages).toContain('a measure lists itself as related');
  });

  it('finds a missing translation', () => {
    const tree = withDefect(
      (t) => (t.texts = t.texts.filter((x) => x.file !== 'content/text/en/measures/1.3.2.md')),
    );
    const problems = checkContent(tree);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/text/en/measures/1.3.2.md',
      field: '(file)',
    });
    expect(problems[0]!.message).toBe('the English text for measures "1.3.2" is missing');
  });

  it('finds a text for an entity that does not exist, and a text in an unknown language', () => {
    const tree = withDefect((t) => {
      t.texts.push({
        file: 'content/text/de/measures/9.9.9.md',
        locale: 'de',
        collection: 'measures',
        id: '9.9.9',
      });
      t.texts.push({
        file: 'content/text/fr/measures/1.1.1.md',
        locale: 'fr',
        collection: 'measures',
        id: '1.1.1',
      });
    });
    const messages = checkContent(tree).map((p) => `${p.file}: ${p.message}`);
    expect(messages).toContain(
      'content/text/de/measures/9.9.9.md: no measures entry has the ID "9.9.9"',
    );
    expect(messages).toContain('content/text/fr/measures/1.1.1.md: "fr" is not a site language');
  });

  it('finds a key phrase that is not in the original text', () => {
    const tree = withDefect(
      (t) => (records(t, 'measures')[0]!.keyPhrase = 'words the plan never used'),
    );
    expect(checkContent(tree)[0]).toMatchObject({ field: '"1.1.1".keyPhrase' });
  });

  it('finds a measure filed under the wrong pillar or section', () => {
    const tree = withDefect((t) => {
      records(t, 'measures')[0]!.pillar = '2';
      records(t, 'measures')[1]!.section = '1.2';
    });
    const fields = checkContent(tree).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['"1.1.1".pillar', '"1.1.2".section']));
  });

  it('finds a missing data file', () => {
    const tree = withDefect((t) => delete t.data.orders);
    expect(
      checkContent(tree).some(
        (p) => p.file === 'content/data/orders.json' && /missing/.test(p.message),
      ),
    ).toBe(true);
  });
});

describe('content check: document sections and deadlines', () => {
  it('finds an order text that lacks a section summary or a deadline text', () => {
    const tree = withDefect((t) => {
      const text = t.texts.find((x) => x.file === 'content/text/de/orders/14319.md')!;
      text.sectionKeys = text.sectionKeys!.filter((k) => k !== '3');
      text.deadlineKeys = [...text.deadlineKeys!.filter((k) => k !== 'Sec. 4(a)'), 'Sec. 99'];
    });
    const problems = checkContent(tree).map((p) => `${p.file} ${p.field}: ${p.message}`);
    expect(problems).toEqual([
      'content/text/de/orders/14319.md sections: no summary for section(s) 3',
      'content/text/de/orders/14319.md deadlines: no text for deadline(s) "Sec. 4(a)"',
      'content/text/de/orders/14319.md deadlines: unknown deadline key(s) "Sec. 99"',
    ]);
  });
});

describe('content check: comparison topics', () => {
  it('finds a claim that cites a provision that does not exist, and a text with too few claims', () => {
    const tree = withDefect((t) => {
      const topic = records(t, 'topics')[0] as {
        id: string;
        rows: { prior: string[]; current: string[] }[];
      };
      topic.rows[0]!.current = ['order:14318#sec-99'];
      const text = t.texts.find(
        (x) => x.collection === 'topics' && x.id === topic.id && x.locale === 'de',
      )!;
      text.rows = text.rows!.slice(1);
    });
    const problems = checkContent(tree).map((p) => `${p.file} ${p.field}: ${p.message}`);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^content\/data\/topics\.json "[a-z-]+"\.rows\[0\]\.current: "order:14318#sec-99": order "14318" has no anchor "#sec-99"$/,
    );
    expect(problems[1]).toMatch(
      /^content\/text\/de\/topics\/[a-z-]+\.md rows: \d claim row\(s\), but content\/data\/topics\.json has \d$/,
    );
  });
});

describe('content check: the ID index of one run (checks/shared.ts)', () => {
  it('holds the IDs of each data file, an empty set for an absent one, and builds each set once', () => {
    const tree: ContentTree = {
      data: {
        pillars: {
          file: 'content/data/pillars.json',
          records: [{ id: '1' }, { id: '2' }, { id: '3' }],
        },
        measures: {
          file: 'content/data/measures.json',
          records: [{ id: '1.1.1' }, { id: '1.1.1' }, { id: '2.4.1' }],
        },
      },
      texts: [],
    };
    const ids = idIndex(tree);
    expect(ids('pillars')).toEqual(new Set(['1', '2', '3']));
    expect(ids('measures')).toEqual(new Set(['1.1.1', '2.4.1']));
    expect(ids('agencies')).toEqual(new Set());
    expect(ids('pillars')).toBe(ids('pillars'));
    // A new run sees changed content: nothing is kept between runs.
    tree.data.pillars!.records.push({ id: '4' });
    expect(idIndex(tree)('pillars').has('4')).toBe(true);
  });

  it('on the committed content, holds exactly the IDs of measures.json and agencies.json', () => {
    const ids = idIndex(realTree());
    const measures = readJson<{ id: string }[]>('content/data/measures.json').map((m) => m.id);
    const agencies = readJson<{ id: string }[]>('content/data/agencies.json').map((a) => a.id);
    expect(ids('measures')).toEqual(new Set(measures));
    expect(ids('measures').has('1.3.2')).toBe(true);
    expect(ids('agencies')).toEqual(new Set(agencies));
    expect(ids('agencies').has('1.3.2')).toBe(false);
  });
});
