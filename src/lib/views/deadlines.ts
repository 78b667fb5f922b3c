import type { Deadline, Order } from '../content/model';

/**
 * The due date an order's own wording implies, where the period runs from the signing date
 * ("within 90 days", "no later than 45 days from the order", "within 1 year"). Periods that run from
 * another event ("within 90 days of the OMB guidance") return undefined: they cannot be computed
 * from the order alone. Signing day is day 0.
 */
export function dueDateFromSigning(signingDate: string, period: string): string | undefined {
  const match = period.match(
    /^(?:within|no later than) (\d+) (days?|months?|years?)(?: (?:of|from|after) (?:the date of )?(?:this|the) order)?(?:,.*)?$/,
  );
  if (!match) return undefined;
  const n = Number(match[1]);
  const date = new Date(`${signingDate}T00:00:00Z`);
  if (match[2]!.startsWith('day')) date.setUTCDate(date.getUTCDate() + n);
  else if (match[2]!.startsWith('month')) date.setUTCMonth(date.getUTCMonth() + n);
  else date.setUTCFullYear(date.getUTCFullYear() + n);
  return date.toISOString().slice(0, 10);
}

/** A deadline of an order, placed on the timeline relative to the date the facts were checked. */
export interface TimelineEntry extends Deadline {
  orderId: string;
  status: 'past' | 'upcoming' | 'open';
}

export function deadlineStatus(dueDate: string | null, checked: string): TimelineEntry['status'] {
  return dueDate === null ? 'open' : dueDate < checked ? 'past' : 'upcoming';
}

/** Every deadline of every order, dated ones first by date, marked against the date the facts were checked. */
export function timeline(
  orders: Pick<Order, 'id' | 'deadlines'>[],
  checked: string,
): TimelineEntry[] {
  return orders
    .flatMap((o) =>
      o.deadlines.map((d) => ({ ...d, orderId: o.id, status: deadlineStatus(d.dueDate, checked) })),
    )
    .sort(
      (a, b) =>
        (a.dueDate ?? '9999-99-99').localeCompare(b.dueDate ?? '9999-99-99') ||
        a.orderId.localeCompare(b.orderId) ||
        a.key.localeCompare(b.key),
    );
}

/**
 * The dated deadlines as timeline lanes, one per order in the order given (orders without a dated
 * deadline get no lane); the undated ones are counted, since a timeline cannot place them.
 */
export function deadlineLanes(
  entries: TimelineEntry[],
  laneLabel: (orderId: string) => string,
): {
  lanes: {
    id: string;
    label: string;
    points: { id: string; date: string; status: 'past' | 'upcoming' }[];
  }[];
  undated: number;
} {
  const lanes = new Map<
    string,
    {
      id: string;
      label: string;
      points: { id: string; date: string; status: 'past' | 'upcoming' }[];
    }
  >();
  let undated = 0;
  for (const e of entries) {
    if (e.dueDate === null || e.status === 'open') {
      undated += 1;
      continue;
    }
    const lane = lanes.get(e.orderId) ?? { id: e.orderId, label: laneLabel(e.orderId), points: [] };
    lane.points.push({ id: `${e.orderId}:${e.key}`, date: e.dueDate, status: e.status });
    lanes.set(e.orderId, lane);
  }
  return { lanes: [...lanes.values()], undated };
}

/** `iso` moved by `n` days (negative: back). */
export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The deadlines around the date the facts were checked (never the build date, so a rebuild shows the
 * same): those due in the `days` after it, soonest first, and those that fell due in the `days` before
 * it, most recent first. Both lists hold dated deadlines only.
 */
export function deadlinesAround(
  entries: TimelineEntry[],
  checked: string,
  days = 90,
): { due: TimelineEntry[]; passed: TimelineEntry[] } {
  const until = addDays(checked, days);
  const since = addDays(checked, -days);
  const dated = entries.filter((e): e is TimelineEntry & { dueDate: string } => e.dueDate !== null);
  return {
    due: dated
      .filter((e) => e.dueDate >= checked && e.dueDate <= until)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    passed: dated
      .filter((e) => e.dueDate < checked && e.dueDate >= since)
      .sort((a, b) => b.dueDate.localeCompare(a.dueDate)),
  };
}
