#!/usr/bin/env node
// Imports the language-neutral facts from ../shared/reference into content/data/ by merging: each
// record's reference-owned fields (OWNED below) are updated, every other field is editorial and kept
// (`checked`, `instruments`, `related`, an order's `implements`, an instrument's `fate`, an agency's
// `kind`, `nameEn`, `parent` and `glossDe`). A reference-owned field the reference leaves empty keeps
// its hand-written value; a record the reference drops is kept with a warning. On an unchanged
// reference the import is a no-op: no file is rewritten. The build never reads ../shared.
//
//   node scripts/import-reference.mjs [reference-dir] [data-dir]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A deadline note as the reference types it, with its hedge turned into a verification level: the note
 * states the fact, `dueNoteCheck` says how it is known, and the site renders the marker from it.
 *
 * - "depends on announcement date (not verified)" → the note without the bracket, `unverified`;
 * - "…; reported bid deadline end of June 2026 (Just Security; exact call date unverified)" → "…; bid
 *   deadline end of June 2026 (Just Security)", `secondary-single`: the date rests on the one named source.
 */
export function noteCertainty(note) {
  if (typeof note !== 'string') return { note: note ?? null, level: undefined };
  let m = /^(.*?)\s*\((?:not verified|unverified)\)$/.exec(note);
  if (m) return { note: m[1], level: 'unverified' };
  m = /^(.*?)\breported (.*?) \(([^;()]+); [^()]*unverified\)$/.exec(note);
  if (m) return { note: `${m[1]}${m[2]} (${m[3]})`, level: 'secondary-single' };
  return { note, level: undefined };
}

/** Stable agency ID: lower-case ASCII words joined by hyphens ("CHIPS Program Office (DOC)" → "chips-program-office-doc"). */
export function agencyId(name) {
  return name
    .replace(/[’'.]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The fields each data file takes from the reference; every other field belongs to the editors.
 * Listed in the order a new record gets them.
 */
export const OWNED = {
  agencies: ['id', 'planName', 'acronym'],
  pillars: ['id', 'number', 'roman', 'titleEn', 'pdfPages', 'printedPages'],
  sections: ['id', 'pillar', 'number', 'titleEn', 'pdfPage', 'printedPage'],
  measures: [
    'id',
    'pillar',
    'section',
    'number',
    'keyPhrase',
    'originalText',
    'agencies',
    'explicitLead',
    'agencyWording',
    'involved',
    'impliedActor',
    'pdfPage',
    'printedPage',
    'continuesToPdfPage',
    'footnotes',
    'duplicateOf',
  ],
  footnotes: ['id', 'number', 'pdfPage', 'text'],
  orders: [
    'id',
    'kind',
    'number',
    'titleEn',
    'signingDate',
    'frPublicationDate',
    'citation',
    'frDocNumber',
    'citationCheck',
    'textCheck',
    'officialUrl',
    'frUrl',
    'sections',
    'deadlines',
    'agenciesTasked',
  ],
  prior: [
    'id',
    'kindEn',
    'number',
    'titleEn',
    'date',
    'frPublicationDate',
    'citation',
    'frDocNumber',
    'citationCheck',
    'officialUrl',
    'sections',
  ],
};

/** What a new record starts with besides the reference's fields; the content check asks for the rest (an agency's kind and gloss, an instrument's fate). */
const NEW_RECORD_DEFAULTS = {
  agencies: (r) => ({ nameEn: r.nameEn }),
  measures: () => ({ instruments: [], related: [] }),
  orders: () => ({ implements: [] }),
};

/**
 * One record merged: the existing record's fields in their order, reference-owned ones replaced
 * (an owned field the reference leaves null or absent keeps its value), new owned fields appended.
 */
export function mergeRecord(existing, incoming, owned) {
  if (!existing) return incoming;
  const merged = {};
  for (const [key, value] of Object.entries(existing)) {
    const fresh = incoming[key];
    merged[key] = owned.includes(key) && fresh !== undefined && fresh !== null ? fresh : value;
  }
  for (const key of owned)
    if (!(key in merged) && incoming[key] !== undefined) merged[key] = incoming[key];
  return merged;
}

/** A data file merged: records in the reference's order, records the reference no longer has kept at the end. */
export function mergeRecords(name, existing, incoming, warn = console.warn) {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const seen = new Set();
  const owned = OWNED[name];
  const merged = incoming.map((r) => {
    seen.add(r.id);
    const old = byId.get(r.id);
    const fresh = Object.fromEntries(owned.filter((k) => r[k] !== undefined).map((k) => [k, r[k]]));
    return old
      ? mergeRecord(old, fresh, owned)
      : { ...fresh, ...(NEW_RECORD_DEFAULTS[name]?.(r) ?? {}) };
  });
  for (const r of existing) {
    if (seen.has(r.id)) continue;
    warn(
      `content/data/${name}.json: "${r.id}" is no longer in the reference; kept (IDs are permanent). Remove it by hand if it was never published.`,
    );
    merged.push(r);
  }
  return merged;
}

/** Runs the import; returns the names of the files it rewrote. */
export function importReference(ref, out, log = console.log) {
  const read = (name) => JSON.parse(readFileSync(join(ref, name), 'utf8'));
  const existing = (name) =>
    existsSync(join(out, name)) ? JSON.parse(readFileSync(join(out, name), 'utf8')) : [];
  const outline = read('plan-outline.json');

  const agencyKeys = Object.keys(outline.agency_index).sort();
  const agencies = agencyKeys.map((key) => {
    const isAcronym = /^[A-Z]{2,6}$/.test(key);
    const glossary = outline.agency_glossary[key];
    const name =
      isAcronym && glossary
        ? glossary.replace(/\s*\(.*\)\s*$/, '')
        : key.replace(/\s*\((DOC|DOJ|ED)\)$/, '');
    return {
      id: agencyId(key),
      planName: key,
      ...(isAcronym ? { acronym: key } : {}),
      nameEn: name,
    };
  });

  const pillars = outline.pillars.map((p) => {
    const [from, to] = p.pdf_pages.split('-').map(Number);
    return {
      id: String(p.number),
      number: p.number,
      roman: p.roman,
      titleEn: p.title_en,
      pdfPages: { from, to },
      printedPages: p.printed_pages,
    };
  });

  const sections = outline.pillars.flatMap((p) =>
    p.sections.map((s) => ({
      id: s.id,
      pillar: String(p.number),
      number: s.number,
      titleEn: s.title_en,
      pdfPage: s.pdf_page,
      printedPage: s.printed_page,
    })),
  );

  const measures = outline.pillars.flatMap((p) =>
    p.sections.flatMap((s) =>
      s.actions.map((a) => ({
        id: a.id,
        pillar: String(p.number),
        section: s.id,
        number: a.number,
        keyPhrase: a.key_phrase,
        originalText: a.original_text,
        agencies: a.agencies.map(agencyId),
        explicitLead: a.explicit_lead,
        agencyWording: a.agency_wording,
        involved: a.other_agencies_or_bodies_named.map(agencyId),
        ...(a.implied_actor_not_named_as_lead
          ? { impliedActor: agencyId(a.implied_actor_not_named_as_lead) }
          : {}),
        pdfPage: a.pdf_page,
        printedPage: a.printed_page,
        ...(a.continues_to_pdf_page ? { continuesToPdfPage: a.continues_to_pdf_page } : {}),
        footnotes: a.footnotes ?? [],
        ...(a.duplicate_of ? { duplicateOf: a.duplicate_of } : {}),
      })),
    ),
  );

  const footnotes = outline.footnotes.map((f) => ({
    id: String(f.number),
    number: f.number,
    pdfPage: f.pdf_page,
    text: f.text,
  }));

  /** The weakest verification level named in a reference note decides how the site labels the fact. */
  function verificationLevel(note) {
    const text = typeof note === 'string' ? note : JSON.stringify(note ?? '');
    for (const level of [
      'unverified',
      'secondary-single',
      'secondary-multiple',
      'official-metadata',
      'primary-text',
    ]) {
      if (text.includes(level)) return level;
    }
    return 'unverified';
  }

  const firstIsoDate = (value) =>
    typeof value === 'string' ? (value.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null) : null;
  const officialUrl = (sources) => sources?.find((s) => s.type === 'official')?.url ?? null;
  const frUrl = (sources) =>
    sources?.find(
      (s) =>
        /federalregister\.gov\/documents|govinfo\.gov\/content\/pkg\/FR-/.test(s.url) &&
        s.type?.startsWith('official'),
    )?.url ?? null;

  /**
   * Deadlines keep the order's own wording of the period; the due date is the reference's calendar
   * date where one could be computed, otherwise null with the reason. A provision that carries two
   * deadlines gets a numbered key so each can be cited on its own.
   */
  /** The German deadline notes are written by hand; a re-import keeps them for an unchanged note. */
  const previousOrders = new Map(existing('orders.json').map((o) => [o.id, o]));
  function deadlinesOf(order) {
    const seen = new Map();
    const before = previousOrders.get(String(order.number).replace(/^EO /, ''))?.deadlines ?? [];
    return (order.deadlines ?? []).map((d) => {
      const count = (seen.get(d.provision) ?? 0) + 1;
      seen.set(d.provision, count);
      const dueDate = /^\d{4}-\d{2}-\d{2}$/.test(d.due_date) ? d.due_date : null;
      const { note, level } = dueDate
        ? { note: null, level: undefined }
        : noteCertainty(d.due_date);
      return {
        key: count === 1 ? d.provision : `${d.provision} (${count})`,
        provision: d.provision,
        section: d.provision.match(/\d+/)[0],
        period: d.period,
        dueDate,
        dueNote: note,
        dueNoteDe: dueDate
          ? null
          : (before.find((b) => b.provision === d.provision && b.dueNote === note)?.dueNoteDe ??
            null),
        ...(level ? { dueNoteCheck: level } : {}),
      };
    });
  }

  const eo = read('executive-orders.json');
  const ORDER_IDS = [
    '14148',
    '14179',
    '14277',
    '14318',
    '14319',
    '14320',
    '14355',
    '14363',
    '14365',
    '14409',
  ];
  const orders = eo.executive_orders
    .filter((o) => ORDER_IDS.includes(o.number))
    .map((o) => ({
      id: o.number,
      kind: 'executive-order',
      number: o.number,
      titleEn: o.official_title,
      signingDate: o.signing_date,
      frPublicationDate: firstIsoDate(o.fr_publication_date),
      citation: o.citation ?? null,
      frDocNumber: o.fr_doc_number ?? null,
      citationCheck: verificationLevel(o.citation_check),
      textCheck: verificationLevel(o.verification?.text),
      officialUrl: officialUrl(o.sources),
      frUrl: frUrl(o.sources),
      sections: (o.sections ?? []).map((s) => ({ number: s.section, headingEn: s.heading })),
      deadlines: deadlinesOf(o),
      agenciesTasked: o.agencies_tasked ?? [],
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

  const priorRef = read('prior-policy.json');
  const PRIOR_ID = { 'm-24-10': 'omb-m-24-10', 'm-24-18': 'omb-m-24-18' };
  const prior = priorRef.instruments.map((i) => ({
    id: PRIOR_ID[i.id] ?? i.id,
    kindEn: i.kind,
    number: i.number && i.number !== 'n/a' ? String(i.number) : null,
    titleEn: i.official_title,
    date: firstIsoDate(i.date),
    frPublicationDate: firstIsoDate(i.fr_publication_date),
    citation: i.citation ?? null,
    frDocNumber: i.fr_doc_number ?? null,
    citationCheck: verificationLevel(i.verification),
    // The instrument's own address: the reference lists its own source first, so the first official source is
    // taken, never a later document that merely mentions it (EO 14306 for EO 14144). Null where the reference
    // names none; the merge then keeps the editors' URL (the NAIRR pilot's NSF page).
    officialUrl: i.sources?.find((s) => s.type?.startsWith('official'))?.url ?? null,
    sections: (i.sections ?? []).map((s) => ({ number: s.section, headingEn: s.heading })),
  }));

  const files = { agencies, pillars, sections, measures, footnotes, orders, prior };
  const written = [];
  for (const [name, records] of Object.entries(files)) {
    const path = join(out, `${name}.json`);
    const text =
      JSON.stringify(mergeRecords(name, existing(`${name}.json`), records), null, 2) + '\n';
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    written.push(`${name}.json`);
  }
  log(
    `merged ${pillars.length} pillars, ${sections.length} sections, ${measures.length} measures, ${agencies.length} agencies, ${orders.length} orders, ${prior.length} prior instruments, ${footnotes.length} footnotes; ` +
      (written.length ? `rewrote ${written.join(', ')}` : 'content/data unchanged'),
  );
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(import.meta.dirname, '..');
  importReference(
    resolve(process.argv[2] ?? join(root, '..', 'shared', 'reference')),
    resolve(process.argv[3] ?? join(root, 'content', 'data')),
  );
}
