import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath, ORIGIN } from '../helpers/dist';
import { realModel } from '../helpers/content';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const localized = pages.filter((p) => /^\/(de|en)\//.test(p.path));

describe('built site: every page', () => {
  it('exists for every entity in both languages', () => {
    const model = realModel();
    const expected = [
      ...model.pillars.map((p) => `pillars/${p.id}/`),
      ...model.sections.map((s) => `sections/${s.id.replaceAll('.', '-')}/`),
      ...model.measures.map((m) => `measures/${m.id.replaceAll('.', '-')}/`),
      ...model.orders.map((o) => `orders/${o.id}/`),
      ...model.prior.map((p) => `prior/${p.id}/`),
      ...model.agencies.map((a) => `agencies/${a.id}/`),
      ...model.topics.map((t) => `topics/${t.id}/`),
      'topics/',
      'measures/',
      'agencies/',
      '',
      'search/',
      'methodology/',
      'glossary/',
      'deadlines/',
      'orders/',
      'prior/',
    ];
    for (const locale of ['de', 'en'])
      for (const path of expected)
        expect(byPath.has(`/${locale}/${path}`), `/${locale}/${path}`).toBe(true);
    expect(byPath.has('/')).toBe(true);
    expect(byPath.has('/404.html')).toBe(true);
  });

  it.each(localized.map((p) => [p.path, p] as const))(
    '%s has lang, title, description, canonical and hreflang',
    (path, page) => {
      const doc = page.document;
      const locale = path.slice(1, 3);
      expect(doc.documentElement.getAttribute('lang')).toBe(locale);
      expect(doc.querySelector('main')?.getAttribute('lang')).toBe(locale);
      expect(doc.title.trim().length).toBeGreaterThan(5);
      expect(
        doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0,
      ).toBeGreaterThan(20);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        `${ORIGIN}${path}`,
      );
      const alternates: Record<string, string> = Object.fromEntries(
        [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
          l.getAttribute('hreflang')!,
          l.getAttribute('href')!,
        ]),
      );
      const rest = path.slice(3);
      expect(alternates).toEqual({
        de: `${ORIGIN}/de${rest}`,
        en: `${ORIGIN}/en${rest}`,
        'x-default': `${ORIGIN}/en${rest}`,
      });
      for (const href of Object.values(alternates))
        expect(fileForPath(new URL(href).pathname), href).toBeDefined();
      expect(doc.querySelectorAll('h1')).toHaveLength(1);
      expect(doc.querySelector('.site-footer')?.textContent).toMatch(/\d{4}/);
    },
  );

  it('gives entity pages a breadcrumb and a link to the official source', () => {
    for (const page of localized.filter((p) =>
      /\/(pillars|sections|measures|orders|prior)\/[^/]+\/$/.test(p.path),
    )) {
      expect(page.document.querySelector('nav.breadcrumbs ol li'), page.path).not.toBeNull();
      const official = [...page.document.querySelectorAll('main a[href^="https://"]')].map((a) =>
        a.getAttribute('href')!,
      );
      expect(
        official.some((h) =>
          /whitehouse\.gov|govinfo\.gov|federalregister\.gov|archives\.gov|nist\.gov|commerce\.gov|congress\.gov|bis\.gov|ntia\.gov|nsf\.gov/.test(
            h,
          ),
        ),
        page.path,
      ).toBe(true);
    }
  });

  it('shows no placeholder or filler text', () => {
    for (const page of localized) {
      const text = page.document.querySelector('main')?.textContent ?? '';
      expect(text, page.path).not.toMatch(
        /\b(TODO|TBD|FIXME|lorem ipsum|placeholder|undefined|null|NaN|\[object Object\])\b/i,
      );
    }
  });

  it('states the measure facts from the data: page, key phrase and agencies', () => {
    const model = realModel();
    for (const m of model.measures) {
      for (const locale of ['de', 'en']) {
        const doc = byPath.get(`/${locale}/measures/${m.id.replaceAll('.', '-')}/`)!.document;
        expect(
          doc.querySelector('#original + figure blockquote, figure.quote blockquote')?.textContent,
        ).toContain(m.keyPhrase);
        // The key phrase may stand on the page the bullet runs onto (1.1.5, 2.5.6).
        expect(doc.querySelector('figure.quote blockquote')?.getAttribute('cite')).toMatch(
          new RegExp(`#page=${m.keyPhrasePdfPage ?? m.pdfPage}$`),
        );
        const assigned = [
          ...doc.querySelectorAll('dl.facts ul[data-role="assigned"] a[href*="/agencies/"]'),
        ].map((a) => a.getAttribute('href')!.split('/')[3]);
        expect(assigned, `${locale} ${m.id}`).toEqual(m.agencies);
        if (m.agencies.length === 0)
          expect(doc.querySelector('dl.facts')?.textContent, `${locale} ${m.id}`).toMatch(
            /keine Behörde für diese Maßnahme zuständig|makes no agency responsible/,
          );
      }
    }
  });
});

describe('built site: glossary', () => {
  const model = realModel();
  it.each(['de', 'en'])(
    'the %s glossary has an entry with its own anchor for every term',
    (locale) => {
      const doc = byPath.get(`/${locale}/glossary/`)!.document;
      for (const g of model.glossary)
        expect(
          doc.getElementById(g.id)?.querySelector('dd p')?.textContent?.length ?? 0,
          g.id,
        ).toBeGreaterThan(20);
    },
  );

  it.each(['de', 'en'])(
    '%s prose links terms to the glossary where they first appear',
    (locale) => {
      const linked = localized.filter(
        (p) =>
          p.path.startsWith(`/${locale}/`) &&
          p.document.querySelector(`main a.term[href^="/${locale}/glossary/#"]`),
      );
      expect(linked.length).toBeGreaterThan(50);
    },
  );
});

describe('built site: orders and instruments', () => {
  const model = realModel();
  const docs = [
    ...model.orders.map((o) => ({ path: `orders/${o.id}/`, doc: o })),
    ...model.prior.map((p) => ({ path: `prior/${p.id}/`, doc: p })),
  ];

  it.each(['de', 'en'])(
    'every section of every document has its anchor and a summary in %s',
    (locale) => {
      for (const { path, doc } of docs) {
        const page = byPath.get(`/${locale}/${path}`)!.document;
        for (const s of doc.sections) {
          const item = page.getElementById(`sec-${s.number}`);
          expect(item, `/${locale}/${path}#sec-${s.number}`).not.toBeNull();
          expect(
            item!.closest('li')!.querySelector('p')?.textContent?.length ?? 0,
            `/${locale}/${path}#sec-${s.number}`,
          ).toBeGreaterThan(40);
        }
      }
    },
  );

  it.each(['de', 'en'])(
    'every deadline is listed in %s with its due date, its text and a link to its section',
    (locale) => {
      const timeline = byPath.get(`/${locale}/deadlines/`)!.document;
      const total = model.orders.reduce((n, o) => n + o.deadlines.length, 0);
      expect(timeline.querySelectorAll('table.deadlines tbody tr')).toHaveLength(total);
      for (const order of model.orders) {
        const rows = [
          ...byPath
            .get(`/${locale}/orders/${order.id}/`)!
            .document.querySelectorAll('table.deadlines tbody tr'),
        ];
        expect(rows, order.id).toHaveLength(order.deadlines.length);
        for (const d of order.deadlines) {
          // The provision is the second cell; the first (due date) may hold a certainty marker's link.
          const provisionLink = (r: Element) => r.children[1]?.querySelector('a');
          const row = rows.find(
            (r) =>
              provisionLink(r)?.textContent === d.provision &&
              (d.dueDate === null ||
                r.querySelector('time')?.getAttribute('datetime') === d.dueDate),
          );
          expect(row, `${order.id} ${d.key}`).toBeDefined();
          // Orders with a full text link the row to the exact clause there (`…/text/#sec-5-a`), others to the section.
          expect(provisionLink(row!)!.getAttribute('href')).toMatch(
            new RegExp(
              `^(#sec-${d.section}|/${locale}/orders/${order.id}/text/#sec-${d.section}(-[a-z0-9]+)*)$`,
            ),
          );
          expect(row!.children[2]!.textContent.length, `${order.id} ${d.key}`).toBeGreaterThan(10);
        }
      }
    },
  );
});

describe('built site: succession links', () => {
  const model = realModel();
  it.each(['de', 'en'])(
    'every revocation links both ways in %s: instrument → revoking section, order → revoked instrument',
    (locale) => {
      const revoked = model.prior.filter((p) => p.fate.byOrder);
      expect(revoked.map((p) => p.id).sort()).toEqual(['eo-14110', 'eo-14141']);
      for (const p of revoked) {
        const priorPage = byPath.get(`/${locale}/prior/${p.id}/`)!.document;
        const forward = `/${locale}/orders/${p.fate.byOrder}/#sec-${p.fate.byOrderSection}`;
        expect(
          priorPage.querySelector(`ol.succession a[href="${forward}"]`),
          `${p.id} → ${forward}`,
        ).not.toBeNull();
        const orderPage = byPath.get(`/${locale}/orders/${p.fate.byOrder}/`)!.document;
        expect(
          orderPage.querySelector(`dl.facts a[href="/${locale}/prior/${p.id}/"]`),
          `${p.fate.byOrder} → ${p.id}`,
        ).not.toBeNull();
      }
    },
  );

  it('every prior instrument states its fate', () => {
    for (const p of model.prior) {
      const text =
        byPath.get(`/en/prior/${p.id}/`)!.document.querySelector('ol.succession')?.textContent ??
        '';
      expect(text, p.id).toMatch(/revoked|replaced|amended|renamed|enforced|in force|withdrawn/);
    }
  });
});

describe('built site: comparison', () => {
  const model = realModel();
  it('covers the 18 topics of the comparison map', () => {
    expect(model.topics.map((t) => t.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it.each(['de', 'en'])(
    'in %s every claim has its anchor, its text, a link to the provision here and to the official source',
    (locale) => {
      for (const topic of model.topics) {
        const doc = byPath.get(`/${locale}/topics/${topic.id}/`)!.document;
        topic.rows.forEach((row, i) => {
          const el = doc.getElementById(`row-${i + 1}`);
          expect(el, `${topic.id} row ${i + 1}`).not.toBeNull();
          const current = el!.querySelector('.claim-current')!;
          expect(
            current.querySelector('p')!.textContent.length,
            `${topic.id} row ${i + 1}`,
          ).toBeGreaterThan(20);
          expect(current.querySelectorAll('.refs a[href^="/"]')).toHaveLength(row.current.length);
          expect(
            current.querySelector('.refs a[href^="https://"]'),
            `${topic.id} row ${i + 1} official`,
          ).not.toBeNull();
          if (row.prior.length > 0)
            expect(el!.querySelectorAll('.claim-prior .refs a[href^="/"]')).toHaveLength(
              row.prior.length,
            );
        });
        expect(doc.querySelector(`.badge.relation-${topic.relation}`), topic.id).not.toBeNull();
      }
    },
  );

  it.each(['de', 'en'])('the %s index lists every topic with its relation', (locale) => {
    const doc = byPath.get(`/${locale}/topics/`)!.document;
    expect(doc.querySelectorAll('table tbody tr')).toHaveLength(model.topics.length);
    expect(doc.querySelectorAll('table tbody .badge')).toHaveLength(model.topics.length);
  });

  it('measure and order pages show the topics that cite them', () => {
    for (const topic of model.topics) {
      for (const ref of [...topic.rows.flatMap((r) => r.current), ...topic.orders]) {
        const [kind, rest] = ref.split(':') as [string, string];
        const id = rest.split('#')[0]!;
        if (kind !== 'measure' && kind !== 'order') continue;
        const path =
          kind === 'measure' ? `/en/measures/${id.replaceAll('.', '-')}/` : `/en/orders/${id}/`;
        expect(
          byPath
            .get(path)!
            .document.querySelector(`.topic-badges a[href="/en/topics/${topic.id}/"]`),
          `${path} → ${topic.id}`,
        ).not.toBeNull();
      }
    }
  });
});

describe('built site: orders and the measures they put into effect', () => {
  const model = realModel();
  it.each(['de', 'en'])(
    'every implements link appears on the order and on the measure in %s',
    (locale) => {
      const pairs = model.orders.flatMap((o) => o.implements.map((x) => ({ order: o.id, ...x })));
      expect(pairs.length).toBeGreaterThanOrEqual(8);
      for (const p of pairs) {
        const order = byPath.get(`/${locale}/orders/${p.order}/`)!.document;
        expect(
          order.querySelector(
            `dl.facts a[href="/${locale}/measures/${p.measure.replaceAll('.', '-')}/"]`,
          ),
          `${p.order} → ${p.measure}`,
        ).not.toBeNull();
        const measure = byPath.get(
          `/${locale}/measures/${p.measure.replaceAll('.', '-')}/`,
        )!.document;
        expect(
          measure.querySelector(
            `dl.facts a[href="/${locale}/orders/${p.order}/#sec-${p.section}"]`,
          ),
          `${p.measure} → ${p.order}`,
        ).not.toBeNull();
      }
    },
  );
});

describe('built site: browse pages', () => {
  const model = realModel();
  it.each(['de', 'en'])(
    'the %s measures table has one row per measure, in plan order, linked',
    (locale) => {
      const rows = [
        ...byPath.get(`/${locale}/measures/`)!.document.querySelectorAll('table tbody tr'),
      ];
      expect(rows.map((r) => r.querySelector('td')!.textContent)).toEqual(
        model.measures.map((m) => m.id),
      );
      rows.forEach((r, i) =>
        expect(r.querySelector('th a')!.getAttribute('href')).toBe(
          `/${locale}/measures/${model.measures[i]!.id.replaceAll('.', '-')}/`,
        ),
      );
    },
  );

  it('the agency index counts the same measures as the agency pages', () => {
    const rows = [...byPath.get('/en/agencies/')!.document.querySelectorAll('table tbody tr')];
    expect(rows).toHaveLength(model.agencies.length);
    for (const r of rows) {
      const href = r.querySelector('a')!.getAttribute('href')!;
      const id = href.split('/')[3]!;
      const assigned = model.measures.filter((m) => m.agencies.includes(id)).length;
      expect(Number(r.children[1]!.textContent), id).toBe(assigned);
    }
  });
});
