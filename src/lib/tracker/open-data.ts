import { LOCALES, type Locale } from '../../i18n/locales';
import type { Dataset, FieldDef } from '../open-data/datasets';
import { date, enumOf, list, nullable, obj, perLocale, str, uri } from '../open-data/json-schema';
import { entityPath, pagePath } from '../routes/urls';
import {
  eventAnchor,
  type DeadlineStatusEntry,
  type StatusEntry,
  type TrackerEvent,
  type TrackerModel,
} from './model';
import {
  DEADLINE_STATUSES,
  EVENT_KINDS,
  EVENT_VERIFICATION,
  LINK_EFFECTS,
  MEASURE_STATUSES,
} from './schemas';

/**
 * The tracker in the open data: `/data/events.json`, `/data/statuses.json`,
 * `/data/deadline-statuses.json`, each with CSV and JSON Schema. Built from the same field
 * definitions (`FieldDef`) as the site's datasets, so `toCsv`, `fileSchema` and `datasetFile` of
 * `../open-data` serve them unchanged. The tracker has no per-record files.
 */
export const TRACKER_DATASET_NAMES = ['events', 'statuses', 'deadline-statuses'] as const;
export type TrackerDatasetName = (typeof TRACKER_DATASET_NAMES)[number];

export function isTrackerDataset(name: string): name is TrackerDatasetName {
  return (TRACKER_DATASET_NAMES as readonly string[]).includes(name);
}

const abs = (path: string, site: URL) => new URL(path, site).href;
const bilingual = perLocale(str({ minLength: 10 }));
const byLocale = <T>(f: (l: Locale) => T) =>
  Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, T>;

function define<E extends { id: string }>(
  name: TrackerDatasetName,
  title: Record<Locale, string>,
  records: readonly E[],
  fields: FieldDef<E>[],
): Dataset {
  // `kind` and `entities` follow the site's Dataset shape; the tracker's records come from `records`.
  return { name, kind: 'measure', title, entities: () => records, fields } as unknown as Dataset;
}

function eventFields(): FieldDef<TrackerEvent>[] {
  return [
    {
      name: 'id',
      schema: str(),
      doc: { de: 'Dauerhafte ID des Schritts', en: 'Permanent ID of the step' },
      value: (e) => e.id,
    },
    {
      name: 'date',
      schema: str({ pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' }),
      doc: {
        de: 'Datum (Tag oder, wo nur dieser bekannt ist, Monat)',
        en: 'Date (day, or month where only the month is known)',
      },
      value: (e) => e.date,
    },
    {
      name: 'url',
      schema: perLocale(uri()),
      doc: {
        de: 'Der Schritt auf der Übersichtsseite, je Sprache',
        en: 'The step on the overview page, per language',
      },
      value: (e, c) =>
        byLocale((l) => abs(`${pagePath('status', l)}#${eventAnchor(e.id)}`, c.site)),
      csv: 'columns',
    },
    {
      name: 'agencies',
      schema: list(str()),
      doc: { de: 'Handelnde Stellen (IDs)', en: 'Acting bodies (IDs)' },
      value: (e) => e.agencies,
    },
    {
      name: 'agencyNames',
      schema: list(str()),
      doc: {
        de: 'Handelnde Stellen ohne eigene Seite',
        en: 'Acting bodies without a page of their own',
      },
      value: (e) => e.agencyNames,
    },
    {
      name: 'kind',
      schema: enumOf(EVENT_KINDS),
      doc: { de: 'Art des Schritts', en: 'Kind of step' },
      value: (e) => e.kind,
    },
    {
      name: 'title',
      schema: str(),
      doc: { de: 'Amtlicher Titel (englisch)', en: 'Official title (English)' },
      value: (e) => e.title,
    },
    {
      name: 'officialUrl',
      schema: nullable(uri()),
      doc: { de: 'Amtliche Quelle, wo gesehen', en: 'Official source, where seen' },
      value: (e) => e.officialUrl,
    },
    {
      name: 'identifier',
      schema: nullable(str()),
      doc: {
        de: 'FR-Dokumentnummer, Fundstelle oder Memorandumsnummer',
        en: 'FR Doc number, citation or memorandum number',
      },
      value: (e) => e.identifier ?? null,
    },
    {
      name: 'sources',
      schema: list(obj({ publisher: str(), url: uri() })),
      doc: { de: 'Weitere Quellen mit Herausgeber', en: 'Further sources with publisher' },
      value: (e) => e.sources,
      csv: (s: { publisher: string; url: string }) => `${s.publisher} <${s.url}>`,
    },
    {
      name: 'verification',
      schema: enumOf(EVENT_VERIFICATION),
      doc: { de: 'Prüfstufe', en: 'Verification level' },
      value: (e) => e.verification,
    },
    {
      name: 'links',
      schema: list(obj({ target: str(), effect: enumOf(LINK_EFFECTS), basis: bilingual })),
      doc: {
        de: 'Maßnahmen und Abschnitte, auf die der Schritt wirkt, mit Wirkung und Begründung',
        en: 'Measures and sections the step bears on, with effect and basis',
      },
      value: (e) => e.links,
      csv: (l: { target: string; effect: string }) => `${l.target} (${l.effect})`,
    },
    {
      name: 'summary',
      schema: bilingual,
      doc: { de: 'Zusammenfassung je Sprache', en: 'Summary per language' },
      value: (e) => e.summary,
      csv: 'columns',
    },
  ];
}

function statusFields(): FieldDef<StatusEntry>[] {
  return [
    {
      name: 'id',
      schema: str(),
      doc: { de: 'ID der Maßnahme', en: 'ID of the measure' },
      value: (s) => s.id,
    },
    {
      name: 'url',
      schema: perLocale(uri()),
      doc: {
        de: 'Der Stand auf der Seite der Maßnahme, je Sprache',
        en: 'The status on the measure’s page, per language',
      },
      value: (s, c) => byLocale((l) => abs(entityPath('measure', s.id, l, 'status'), c.site)),
      csv: 'columns',
    },
    {
      name: 'status',
      schema: enumOf(MEASURE_STATUSES),
      doc: { de: 'Stand', en: 'Status' },
      value: (s) => s.status,
    },
    {
      name: 'checked',
      schema: date(),
      doc: { de: 'Geprüft am', en: 'Checked on' },
      value: (s) => s.checked,
    },
    {
      name: 'reasoning',
      schema: bilingual,
      doc: { de: 'Begründung je Sprache', en: 'Reasoning per language' },
      value: (s) => s.reasoning,
      csv: 'columns',
    },
  ];
}

function deadlineFields(): FieldDef<DeadlineStatusEntry>[] {
  return [
    {
      name: 'id',
      schema: str(),
      doc: { de: 'ID: Order und Frist', en: 'ID: order and deadline' },
      value: (d) => d.id,
    },
    {
      name: 'order',
      schema: str(),
      doc: { de: 'Executive Order', en: 'Executive order' },
      value: (d) => d.order,
    },
    {
      name: 'deadline',
      schema: str(),
      doc: { de: 'Schlüssel der Frist', en: 'Key of the deadline' },
      value: (d) => d.deadline,
    },
    {
      name: 'status',
      schema: enumOf(DEADLINE_STATUSES),
      doc: { de: 'Stand der Frist', en: 'Deadline status' },
      value: (d) => d.status,
    },
    {
      name: 'event',
      schema: nullable(str()),
      doc: { de: 'Schritt, der den Stand belegt', en: 'The step that settles it' },
      value: (d) => d.event,
    },
    {
      name: 'checked',
      schema: date(),
      doc: { de: 'Geprüft am', en: 'Checked on' },
      value: (d) => d.checked,
    },
    {
      name: 'note',
      schema: bilingual,
      doc: { de: 'Anmerkung je Sprache', en: 'Note per language' },
      value: (d) => d.note,
      csv: 'columns',
    },
  ];
}

export function trackerDataset(name: TrackerDatasetName, tracker: TrackerModel): Dataset {
  switch (name) {
    case 'events':
      return define(
        name,
        { de: 'Umsetzungsschritte', en: 'Implementation steps' },
        tracker.events,
        eventFields(),
      );
    case 'statuses':
      return define(
        name,
        { de: 'Umsetzungsstand je Maßnahme', en: 'Implementation status per measure' },
        tracker.statuses,
        statusFields(),
      );
    case 'deadline-statuses':
      return define(
        name,
        { de: 'Stand der Fristen', en: 'Status of the deadlines' },
        tracker.deadlineStatuses,
        deadlineFields(),
      );
  }
}
