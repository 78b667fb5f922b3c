import { describe, expect, it } from 'vitest';
import { deadlineAnchor } from '../../src/lib/content/anchors';
import { entityCitation } from '../../src/lib/citation/entity-citation';
import {
  entityCard,
  entityTitle,
  staticPageCard,
  type EntitySource,
} from '../../src/lib/views/entity-titles';
import { cardForPath, cardPath } from '../../src/lib/routes/urls';
import { queries } from '../../src/lib/content/model';
import {
  highwireTags,
  jsonForScript,
  orderLegislation,
  planLegislation,
  priorLegislation,
} from '../../src/lib/head/metadata';
import { cardSvg, wrapLines } from '../../src/lib/head/social-card';
import { readText, realModel } from '../helpers/content';

const model = realModel();
const src: EntitySource = {
  model,
  ...queries(model),
  textTitle: (locale, collection, id) =>
    String(readText(`content/text/${locale}/${collection}/${id}.md`).data.title),
};
const site = new URL('https://example.org');

describe('entity titles and citations', () => {
  it('titles carry the citable ID', () => {
    expect(entityTitle(src, 'measure', '1.3.2', 'de')).toMatch(/^Maßnahme 1\.3\.2: /);
    expect(entityTitle(src, 'order', '14179', 'en')).toMatch(/^Executive Order 14179: /);
    expect(entityTitle(src, 'pillar', model.pillars[0]!.id, 'en')).toMatch(/^Pillar I: /);
    expect(entityTitle(src, 'agency', 'nist', 'en')).toMatch(/\(NIST\)$/);
  });

  it('an entity citation links its files, its data record and its card, per language', () => {
    const c = entityCitation(src, 'measure', '1.3.2', 'de', site);
    expect(c.work.url).toBe('https://example.org/de/measures/1-3-2/');
    expect(c.work.key).toBe('atlas-measure-1-3-2-de');
    expect(c.downloads.map((d) => d.href)).toEqual([
      '/de/measures/1-3-2/cite.bib',
      '/de/measures/1-3-2/cite.ris',
      '/de/measures/1-3-2/cite.csl.json',
    ]);
    expect(c.data).toBe('/data/measures/1-3-2.json');
    expect(c.card).toBe('https://example.org/cards/de/measures/1-3-2.png');
    expect(c.basedOn[0]!.url).toContain(
      `#page=${model.measures.find((m) => m.id === '1.3.2')!.pdfPage}`,
    );
  });

  it('an order page offers one citation per section; a topic is based on the plan and the documents it compares', () => {
    const order = entityCitation(src, 'order', '14179', 'en', site);
    expect(order.sections).toHaveLength(
      model.orders.find((o) => o.id === '14179')!.sections.length,
    );
    const topic = entityCitation(src, 'topic', 'regulatory-approach', 'en', site);
    const names = topic.basedOn.map((b) => b.legislationIdentifier ?? b.name);
    expect(names).toContain('Executive Order 14179');
    expect(names).toContain('14110');
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('metadata', () => {
  it('Highwire dates use slashes', () => {
    const tags = Object.fromEntries(
      highwireTags(entityCitation(src, 'measure', '1.3.2', 'en', site).work),
    );
    expect(tags['citation_date']).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(tags['citation_public_url']).toBe('https://example.org/en/measures/1-3-2/');
  });

  it('Legislation objects leave out unknown facts instead of inventing them', () => {
    for (const doc of model.prior) {
      const l = priorLegislation(doc);
      expect(Object.values(l)).not.toContain(null);
      if (!doc.officialUrl) expect(l).not.toHaveProperty('url');
    }
    for (const o of model.orders) expect(orderLegislation(o).legislationDate).toBe(o.signingDate);
    expect(planLegislation(9).url).toMatch(/#page=9$/);
  });

  it('JSON for a script element cannot close the element', () => {
    const out = jsonForScript({ a: '</script><b>' });
    expect(out).not.toContain('</');
    expect(JSON.parse(out)).toEqual({ a: '</script><b>' });
  });
});

describe('pinpoint anchors', () => {
  it('names deadline rows after their provision, apart from section anchors', () => {
    expect(deadlineAnchor('Sec. 5(a) (2)')).toBe('deadline-sec-5-a-2');
    expect(deadlineAnchor('Secs. 7(a)-(c), 8(a)-(e)')).toBe('deadline-secs-7-a-c-8-a-e');
    expect(() => deadlineAnchor('()')).toThrow(/no anchor/);
  });

  it('every deadline of an order has its own anchor', () => {
    for (const o of model.orders) {
      const anchors = o.deadlines.map((d) => deadlineAnchor(d.key));
      expect(new Set(anchors).size, `EO ${o.id}`).toBe(anchors.length);
    }
  });
});

describe('social cards', () => {
  it('wraps words and ends an overlong title with an ellipsis', () => {
    expect(wrapLines('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
    const lines = wrapLines('alpha beta gamma delta epsilon zeta eta theta', 11, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('escapes text and keeps the card size', () => {
    const svg = cardSvg({
      siteName: 'A & B',
      kicker: 'Measure 1.1.1',
      title: '<script>',
      footer: 'x',
    });
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toMatch(/width="1200" height="630"/);
  });

  it('a card says the kind and ID in the page language', () => {
    expect(entityCard(src, 'measure', '1.3.2', 'de').kicker).toBe('Maßnahme 1.3.2');
    expect(entityCard(src, 'order', '14179', 'en').kicker).toBe('Executive Order 14179');
  });
});

describe('card of any page', () => {
  it('an entity page gets its own card, an overview page its page card, anything else the home card', () => {
    expect(cardForPath('/de/measures/1-3-2/')).toBe(cardPath('measure', '1.3.2', 'de'));
    expect(cardForPath('/en/orders/14179/')).toBe('/cards/en/orders/14179.png');
    expect(cardForPath('/en/glossary/')).toBe('/cards/en/pages/glossary.png');
    expect(cardForPath('/de/')).toBe('/cards/de/pages/home.png');
    expect(cardForPath('/en/something/else/')).toBe('/cards/en/pages/home.png');
  });

  it('overview cards carry the page title in its language', () => {
    expect(staticPageCard(src, 'glossary', 'de').title).toBe('Glossar');
    expect(staticPageCard(src, 'methodology', 'en').title).toBe(
      String(readText('content/text/en/pages/methodology.md').data.title),
    );
  });
});
