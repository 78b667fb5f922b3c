import type { SiteModel } from '../content/model';
import type { Certainty } from '../content/certainty';
import { KEY_DATE_IDS, PLAN_RELEASE_DATE } from '../content/plan';

export interface KeyDate {
  date: string;
  kind: 'order' | 'prior' | 'plan';
  id: string;
  /** How the date is known, where the data records it (prior instruments' `dateCheck`). */
  level?: Certainty;
}

/** Which dates: `content/data/plan.json` (`keyDates`). */
export { KEY_DATE_IDS, PLAN_RELEASE_DATE };

export function keyDates(model: SiteModel): KeyDate[] {
  const dates: KeyDate[] = [{ date: PLAN_RELEASE_DATE, kind: 'plan', id: 'plan' }];
  for (const id of KEY_DATE_IDS.prior) {
    const doc = model.prior.find((p) => p.id === id);
    if (doc?.date) dates.push({ date: doc.date, kind: 'prior', id, level: doc.dateCheck });
  }
  for (const id of KEY_DATE_IDS.order) {
    const order = model.orders.find((o) => o.id === id);
    if (order) dates.push({ date: order.signingDate, kind: 'order', id });
  }
  return dates.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
