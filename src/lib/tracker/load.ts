import { getCollection } from 'astro:content';
import { buildTracker, trackerQueries, type TrackerModel, type TrackerQueries } from './model';

/** The only module that reads the tracker's collections; pages get typed data from here. */
export interface Tracker extends TrackerQueries {
  model: TrackerModel;
}

let cached: Promise<Tracker> | undefined;

async function load(): Promise<Tracker> {
  const [events, statuses, deadlineStatuses] = await Promise.all([
    getCollection('events'),
    getCollection('statuses'),
    getCollection('deadlineStatuses'),
  ]);
  const plain = (entries: { id: string; data: unknown }[]) =>
    entries.map((e) => ({ ...(e.data as Record<string, unknown>), id: e.id }));
  const model = buildTracker({
    events: plain(events),
    statuses: plain(statuses),
    deadlineStatuses: plain(deadlineStatuses),
  });
  return { model, ...trackerQueries(model) };
}

export function loadTracker(): Promise<Tracker> {
  return (cached ??= load());
}
