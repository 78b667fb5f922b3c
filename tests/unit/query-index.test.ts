import { describe, expect, it } from 'vitest';
import { queries } from '../../src/lib/content/model';
import { refersTo } from '../../src/lib/content/entity-ref';
import { correctionsFor, concerns } from '../../src/lib/views/changes';
import { realModel } from '../helpers/content';

/** The indexed queries (issue 16) answer exactly what a scan of the whole collection answers. */
describe('queries built from indexes', () => {
  const model = realModel();
  const q = queries(model);
  const refs = (t: (typeof model.topics)[number]) => [
    ...t.rows.flatMap((r) => [...r.prior, ...r.current]),
    ...t.orders,
  ];

  it('match the scans for every entity', () => {
    for (const m of model.measures) {
      expect(q.topicsCiting(`measure:${m.id}`)).toEqual(
        model.topics.filter((t) => refs(t).some((r) => refersTo(r, `measure:${m.id}`))),
      );
      expect(q.implementedBy(m.id)).toEqual(
        model.orders.flatMap((o) =>
          o.implements
            .filter((x) => x.measure === m.id)
            .map((x) => ({ order: o.id, section: x.section })),
        ),
      );
      expect(q.duplicatePartner(m.id)?.id).toBe(
        (
          model.measures.find((x) => x.duplicateOf === m.id) ??
          (m.duplicateOf ? q.measure(m.duplicateOf) : undefined)
        )?.id,
      );
      expect(correctionsFor(model.changes, `measure:${m.id}`)).toEqual(
        model.changes
          .filter((c) => c.kind === 'corrected' && concerns(c, `measure:${m.id}`))
          .sort((a, b) => b.number - a.number),
      );
    }
    for (const s of model.sections) {
      expect(q.measuresOfSection(s.id)).toEqual(model.measures.filter((m) => m.section === s.id));
      expect(q.topicsCiting(`section:${s.id}`)).toEqual(
        model.topics.filter((t) => refs(t).some((r) => refersTo(r, `section:${s.id}`))),
      );
    }
    for (const o of model.orders) {
      expect(q.revokedBy(o.id)).toEqual(model.prior.filter((p) => p.fate.byOrder === o.id));
      expect(q.topicsCiting(`order:${o.id}`)).toEqual(
        model.topics.filter((t) => refs(t).some((r) => refersTo(r, `order:${o.id}`))),
      );
    }
    for (const a of model.agencies) {
      expect(q.agencyRoles(a.id)).toEqual({
        assigned: model.measures.filter((m) => m.agencies.includes(a.id)),
        involved: model.measures.filter(
          (m) => m.involved.includes(a.id) || m.impliedActor === a.id,
        ),
      });
    }
  });

  it('hand out copies, so a caller that sorts a list does not change the next answer', () => {
    const first = q.measuresOfSection('1.3');
    first.reverse();
    expect(q.measuresOfSection('1.3')).toEqual(model.measures.filter((m) => m.section === '1.3'));
  });
});
