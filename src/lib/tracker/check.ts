import { z } from 'astro/zod';
import type { ContentTree, Problem } from '../content/collections';
import { buildLinkTargets, resolveEntityHref } from '../content/link-targets';
import { fixFor } from '../content/schema-check';
import {
  createTrackerSchemas,
  PRIMARY_LEVELS,
  TRACKER_COLLECTIONS,
  TRACKER_FILES,
  type TrackerCollection,
  type TrackerReferenceFn,
} from './schemas';
import type { TrackerFiles } from './tree';

/**
 * The tracker's content rules (issue 12, item 9). Each refuses the build with the file, the field and
 * the fix: an event without a source; a status without reasoning or checked date (schema); a verified
 * status whose advancing events are all secondary; `reported` resting on one secondary source;
 * `contradicted` without a contrary event; a link to an unknown measure, section, order or deadline;
 * a date after the checked date or after today; a measure without a status. Pure: `today` is passed in.
 */
const idOnly: TrackerReferenceFn = (collection) =>
  z.string().transform((id) => ({ collection, id }));
const schemas = createTrackerSchemas(idOnly);

interface Link {
  target: string;
  effect: string;
}
interface EventRecord {
  id: string;
  date: string;
  agencies: string[];
  agencyNames: string[];
  officialUrl: string | null;
  sources?: { publisher: string; url: string }[];
  verification: string;
  links: Link[];
}
interface StatusRecord {
  id: string;
  status: string;
  checked: string;
}
interface DeadlineRecord {
  id: string;
  order: string;
  deadline: string;
  status: string;
  event: string | null;
  checked: string;
}

type Add = (file: string, field: string, message: string, fix: string) => void;

/** Records that pass their schema, as raw JSON (references are plain IDs in the files). */
function validRecords<T>(name: TrackerCollection, files: TrackerFiles, add: Add): T[] {
  const dataFile = files[name];
  if (!dataFile) {
    add(
      TRACKER_FILES[name],
      '(file)',
      'the tracker data file is missing',
      `create ${TRACKER_FILES[name]}: run \`python3 ../tracker-data/merge.py content/data\` (an empty array [] is valid)`,
    );
    return [];
  }
  const seen = new Set<string>();
  const valid: T[] = [];
  dataFile.records.forEach((record, index) => {
    const id = (record as { id?: unknown }).id;
    const at = typeof id === 'string' ? `"${id}"` : `[${index}]`;
    if (typeof id === 'string') {
      if (seen.has(id))
        add(
          dataFile.file,
          `${at}.id`,
          `the ID "${id}" appears more than once`,
          'IDs are unique: merge the two records',
        );
      seen.add(id);
    }
    const result = schemas[name].safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues)
        add(dataFile.file, [at, ...issue.path.map(String)].join('.'), issue.message, fixFor(issue));
      return;
    }
    valid.push(record as T);
  });
  return valid;
}

const publishers = (e: EventRecord) =>
  new Set((e.sources ?? []).map((s) => s.publisher.trim().toLowerCase()));

export function checkTracker(tree: ContentTree, files: TrackerFiles, today: string): Problem[] {
  const problems: Problem[] = [];
  const add: Add = (file, field, message, fix) => problems.push({ file, field, message, fix });
  const [events, statuses, deadlines] = TRACKER_COLLECTIONS.map((name) =>
    validRecords(name, files, add),
  ) as [EventRecord[], StatusRecord[], DeadlineRecord[]];
  const eventsFile = TRACKER_FILES.events;
  const statusFile = TRACKER_FILES.statuses;
  const deadlineFile = TRACKER_FILES.deadlineStatuses;
  const targets = buildLinkTargets(tree);
  const agencies = new Set(targets.agency.keys());

  for (const e of events) {
    const at = `"${e.id}"`;
    if (!e.officialUrl && (e.sources ?? []).length === 0)
      add(
        eventsFile,
        `${at}.officialUrl`,
        'the event has no source: no official URL and no further sources',
        'give the official URL you opened, or at least one reputable source under "sources" (publisher and url); an unsourced step is not published',
      );
    if (e.verification === 'secondary-multiple' && publishers(e).size < 2)
      add(
        eventsFile,
        `${at}.verification`,
        `"secondary-multiple" needs sources from two or more publishers, but has ${publishers(e).size}`,
        'add a second independent source, or set "verification" to "secondary-single"',
      );
    if (e.agencies.length === 0 && e.agencyNames.length === 0)
      add(
        eventsFile,
        `${at}.agencies`,
        'no acting body is named',
        'name it in "agencies" (an ID from content/data/agencies.json) or in "agencyNames" (its official English name)',
      );
    for (const a of e.agencies)
      if (!agencies.has(a))
        add(
          eventsFile,
          `${at}.agencies`,
          `unknown agency ID "${a}"`,
          'use an ID from content/data/agencies.json, or put the official name in "agencyNames"',
        );
    if (e.date > today)
      add(
        eventsFile,
        `${at}.date`,
        `the date ${e.date} is in the future (today is ${today})`,
        'correct the date; the tracker records only what has happened',
      );
    e.links.forEach((link, i) => {
      const result = resolveEntityHref(link.target, 'en', targets);
      if (!result.ok)
        add(
          eventsFile,
          `${at}.links[${i}].target`,
          `"${link.target}": ${result.message}`,
          result.fix,
        );
    });
  }

  const byId = new Map(events.map((e) => [e.id, e]));
  /** Events refused by their schema are left out of the status rules; the messages say so. */
  const refused = (files.events?.records.length ?? 0) - events.length;
  const refusedNote = refused > 0 ? ` (${refused} event(s) refused above are not counted)` : '';
  // The events of each measure and effect, indexed once: scanning every event for every status
  // would grow with their product as both grow (issue 16).
  const eventsOf = new Map<string, EventRecord[]>();
  const put = (key: string, e: EventRecord) => {
    const list = eventsOf.get(key) ?? [];
    if (list.at(-1) !== e) list.push(e);
    eventsOf.set(key, list);
  };
  for (const e of events)
    for (const l of e.links) {
      if (!l.target.startsWith('measure:')) continue;
      const measure = l.target.slice('measure:'.length);
      put(measure, e);
      put(`${measure} ${l.effect}`, e);
    }
  const linked = (measure: string, effect?: string) =>
    eventsOf.get(effect ? `${measure} ${effect}` : measure) ?? [];
  const measures = new Set(targets.measure.keys());

  for (const s of statuses) {
    const at = `"${s.id}"`;
    if (!measures.has(s.id)) {
      add(
        statusFile,
        `${at}.id`,
        `no measure has the ID "${s.id}"`,
        'use a measure ID from content/data/measures.json',
      );
      continue;
    }
    if (s.checked > today)
      add(
        statusFile,
        `${at}.checked`,
        `the checked date ${s.checked} is after today (${today})`,
        'set "checked" to the day you checked the evidence',
      );
    const advancing = linked(s.id, 'advances');
    const primary = advancing.filter((e) => PRIMARY_LEVELS.includes(e.verification as never));
    if ((s.status === 'completed' || s.status === 'in-progress') && primary.length === 0)
      add(
        statusFile,
        `${at}.status`,
        `"${s.status}" is a verified status, but ${advancing.length === 0 ? 'no event advances the measure' : `its ${advancing.length} advancing event(s) are all secondary`}${refusedNote}`,
        'link an "advances" event verified from the official text or record (primary-text or official-metadata), or set the status to "reported" or "no-evidence"',
      );
    if (s.status === 'reported') {
      const secondary = advancing.filter((e) => !PRIMARY_LEVELS.includes(e.verification as never));
      const multiple = secondary.some((e) => e.verification === 'secondary-multiple');
      const pubs = new Set(secondary.flatMap((e) => [...publishers(e)]));
      if (advancing.length === 0)
        add(
          statusFile,
          `${at}.status`,
          `"reported" needs events that advance the measure, but none is linked${refusedNote}`,
          'link the reported events with effect "advances", or set the status to "no-evidence"',
        );
      else if (primary.length > 0)
        add(
          statusFile,
          `${at}.status`,
          `"reported" means only secondary sources, but ${primary[0]!.id} is verified from the official text or record`,
          'set the status to "in-progress" or "completed"',
        );
      else if (!multiple && pubs.size < 2)
        add(
          statusFile,
          `${at}.status`,
          `"reported" rests on a single secondary source${refusedNote}`,
          'find a second independent reputable source (or the official text), or set the status to "no-evidence"',
        );
    }
    if (s.status === 'contradicted' && linked(s.id, 'works-against').length === 0)
      add(
        statusFile,
        `${at}.status`,
        '"contradicted" needs an event that works against the measure, but none is linked',
        'link the contrary event with effect "works-against", or choose another status',
      );
    for (const e of linked(s.id))
      if (e.date > s.checked)
        add(
          statusFile,
          `${at}.checked`,
          `event ${e.id} is dated ${e.date}, after the status was checked (${s.checked})`,
          'check the status again and set "checked" to that date, or correct the event date',
        );
  }
  const withStatus = new Set(statuses.map((s) => s.id));
  const rawIds = new Set(
    (files.statuses?.records ?? []).map((r) => String((r as { id?: unknown }).id)),
  );
  for (const m of measures)
    if (!withStatus.has(m) && !rawIds.has(m))
      add(
        statusFile,
        `"${m}"`,
        `measure ${m} has no status (every measure must be assessed)`,
        `add {"id": "${m}", "status": …, "checked": …, "reasoning": {"en": …, "de": …}}; "no-evidence" with what was searched is a valid status`,
      );

  const orders = new Map(
    ((tree.data.orders?.records ?? []) as { id: string; deadlines?: { key: string }[] }[]).map(
      (o) => [o.id, o],
    ),
  );
  for (const d of deadlines) {
    const at = `"${d.id}"`;
    const order = orders.get(d.order);
    if (!order) {
      add(
        deadlineFile,
        `${at}.order`,
        `unknown order "${d.order}"`,
        'use an order ID from content/data/orders.json',
      );
      continue;
    }
    const keys = (order.deadlines ?? []).map((x) => x.key);
    if (!keys.includes(d.deadline))
      add(
        deadlineFile,
        `${at}.deadline`,
        `order ${d.order} has no deadline "${d.deadline}"`,
        `use one of its keys: ${keys.join('; ') || 'none'}`,
      );
    if (d.checked > today)
      add(
        deadlineFile,
        `${at}.checked`,
        `the checked date ${d.checked} is after today (${today})`,
        'set "checked" to the day you checked the evidence',
      );
    if (d.event === null) {
      if (d.status !== 'unknown')
        add(
          deadlineFile,
          `${at}.event`,
          `status "${d.status}" needs the event that settles it`,
          'name the event ID, or set the status to "unknown"',
        );
      continue;
    }
    const event = byId.get(d.event);
    if (!event)
      add(
        deadlineFile,
        `${at}.event`,
        `unknown event "${d.event}"`,
        `use an event ID from ${eventsFile}`,
      );
    else if (event.date > d.checked)
      add(
        deadlineFile,
        `${at}.checked`,
        `event ${event.id} is dated ${event.date}, after the deadline status was checked (${d.checked})`,
        'check again and update "checked", or correct the event',
      );
  }
  return problems;
}
