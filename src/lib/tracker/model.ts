import type { z } from 'astro/zod';
import { compareDottedIds } from '../content/ids';
import {
  LINK_EFFECTS,
  MEASURE_STATUSES,
  PRIMARY_LEVELS,
  type EventVerification,
  type LinkEffect,
  type MeasureStatus,
  type TrackerSchemas,
} from './schemas';

/**
 * The tracker as plain objects, references flattened to IDs, built by a pure function so tests can
 * build it from the JSON files directly (as `buildModel` does for the site's model).
 */
type Out<K extends keyof TrackerSchemas> = z.output<TrackerSchemas[K]>;
export type TrackerEvent = Omit<Out<'events'>, 'agencies' | 'sources'> & {
  agencies: string[];
  sources: { publisher: string; url: string }[];
};
export type EventLink = TrackerEvent['links'][number];
export type StatusEntry = Out<'statuses'>;
export type DeadlineStatusEntry = Omit<Out<'deadlineStatuses'>, 'order' | 'event'> & {
  order: string;
  event: string | null;
};

export interface TrackerModel {
  /** Newest first. */
  events: TrackerEvent[];
  /** In measure order. */
  statuses: StatusEntry[];
  deadlineStatuses: DeadlineStatusEntry[];
}

export interface MeasureRef {
  id: string;
  pillar: string;
}

type Raw = Record<string, unknown>;
const refId = (ref: unknown): string =>
  typeof ref === 'string' ? ref : (ref as { id: string }).id;

/** Newest first; events of one day by ID. A month-precision date sorts before the days of its month. */
export function compareEventsNewestFirst(
  a: { date: string; id: string },
  b: { date: string; id: string },
): number {
  return b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
}

export function buildTracker(raw: {
  events: Raw[];
  statuses: Raw[];
  deadlineStatuses: Raw[];
}): TrackerModel {
  return {
    events: raw.events
      .map(
        (r) =>
          ({
            ...r,
            agencies: ((r.agencies as unknown[]) ?? []).map(refId),
            sources: (r.sources as []) ?? [],
          }) as unknown as TrackerEvent,
      )
      .sort(compareEventsNewestFirst),
    statuses: raw.statuses
      .map((r) => r as unknown as StatusEntry)
      .sort((a, b) => compareDottedIds(a.id, b.id)),
    deadlineStatuses: raw.deadlineStatuses
      .map(
        (r) =>
          ({
            ...r,
            order: refId(r.order),
            event: r.event === null || r.event === undefined ? null : refId(r.event),
          }) as unknown as DeadlineStatusEntry,
      )
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export function trackerQueries(tracker: TrackerModel) {
  const statuses = new Map(tracker.statuses.map((s) => [s.id, s]));
  const events = new Map(tracker.events.map((e) => [e.id, e]));
  return {
    statusOf: (measureId: string): StatusEntry | undefined => statuses.get(measureId),
    event: (id: string): TrackerEvent | undefined => events.get(id),
    /** Events that bear on a measure, oldest first, each once with its links to it (effect and basis). */
    eventsOfMeasure: (measureId: string): { event: TrackerEvent; links: EventLink[] }[] =>
      tracker.events
        .map((event) => ({
          event,
          links: event.links.filter((l) => l.target === `measure:${measureId}`),
        }))
        .filter((x) => x.links.length > 0)
        .reverse(),
    deadlineStatus: (orderId: string, key: string): DeadlineStatusEntry | undefined =>
      tracker.deadlineStatuses.find((d) => d.order === orderId && d.deadline === key),
    /** The measures an event bears on, in plan order. */
    measuresOfEvent: (event: TrackerEvent): { id: string; effect: LinkEffect }[] => {
      const strongest = new Map<string, LinkEffect>();
      for (const l of event.links.filter((x) => x.target.startsWith('measure:'))) {
        const id = l.target.slice('measure:'.length);
        const before = strongest.get(id);
        if (!before || LINK_EFFECTS.indexOf(l.effect) < LINK_EFFECTS.indexOf(before))
          strongest.set(id, l.effect);
      }
      return [...strongest]
        .map(([id, effect]) => ({ id, effect }))
        .sort((a, b) => compareDottedIds(a.id, b.id));
    },
  };
}

export type TrackerQueries = ReturnType<typeof trackerQueries>;

/** Number of measures per status, in vocabulary order, for a set of measures (a pillar, an agency's, all). */
export function countStatuses(
  measureIds: readonly string[],
  statusOf: (id: string) => { status: MeasureStatus } | undefined,
): Record<MeasureStatus, number> {
  const counts = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as Record<
    MeasureStatus,
    number
  >;
  for (const id of measureIds) {
    const s = statusOf(id);
    if (s) counts[s.status]++;
  }
  return counts;
}

/** Counts per pillar and status: the numbers of the overview's chart and table. */
export function countsByPillar(
  measures: readonly MeasureRef[],
  pillars: readonly string[],
  statusOf: (id: string) => { status: MeasureStatus } | undefined,
) {
  return pillars.map((pillar) => ({
    pillar,
    counts: countStatuses(
      measures.filter((m) => m.pillar === pillar).map((m) => m.id),
      statusOf,
    ),
  }));
}

/** The newest date among the statuses' checks: the "as of" of the tracker as a whole. */
export function trackerChecked(tracker: TrackerModel): string | undefined {
  return tracker.statuses
    .map((s) => s.checked)
    .sort()
    .at(-1);
}

/** The newest event date: the sources reach about this far. */
export function latestEventDate(tracker: TrackerModel): string | undefined {
  return tracker.events[0]?.date;
}

export function isPrimary(level: EventVerification): boolean {
  return PRIMARY_LEVELS.includes(level);
}

/** Anchor of an event on every page that lists it: `event-2025-09-26-ostp-rfi`. */
export function eventAnchor(id: string): string {
  return `event-${id}`;
}
