import { RELATIONS } from '../content/schemas';
import type { Queries } from '../content/model';
import type { Relation, Topic } from '../content/model';

/** Comparison topics that cite a measure directly or through its section, in comparison order. */
export function measureTopics(q: Queries, measureId: string): Topic[] {
  const m = q.measure(measureId);
  return [
    ...new Set([
      ...q.topicsCiting(`measure:${measureId}`),
      ...q.topicsCiting(`section:${m.section}`),
    ]),
  ].sort((a, b) => a.number - b.number);
}

/**
 * How the 2025 policy relates to the prior one for this measure: the relations of every topic that
 * cites it, each once, in the fixed order of `RELATIONS`. A measure no topic cites has none.
 */
export function measureRelations(q: Queries, measureId: string): Relation[] {
  const found = new Set(measureTopics(q, measureId).map((t) => t.relation));
  return RELATIONS.filter((r) => found.has(r));
}
