import type { SiteModel } from '../content/model';

export interface KeyDate {
  date: string;
  kind: 'order' | 'prior' | 'plan';
  id: string;
}

/** The dates a reader needs first: the prior order revoked, the order that commissioned the plan, the plan and its three companion orders. */
export const KEY_DATE_IDS = { prior: ['eo-14110'], order: ['14148', '14179', '14318', '14319', '14320'] } as const;
export const PLAN_RELEASE_DATE = '2025-07-23';

export function keyDates(model: SiteModel): KeyDate[] {
  const dates: KeyDate[] = [{ date: PLAN_RELEASE_DATE, kind: 'plan', id: 'plan' }];
  for (const id of KEY_DATE_IDS.prior) {
    const doc = model.prior.find((p) => p.id === id);
    if (doc?.date) dates.push({ date: doc.date, kind: 'prior', id });
  }
  for (const id of KEY_DATE_IDS.order) {
    const order = model.orders.find((o) => o.id === id);
    if (order) dates.push({ date: order.signingDate, kind: 'order', id });
  }
  return dates.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
