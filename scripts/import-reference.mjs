#!/usr/bin/env node
// One-time import of the language-neutral facts from ../shared/reference into content/data/.
// The build never reads ../shared; this script is run by hand when the reference changes, and it
// keeps the editorial fields (instruments, related) that editors have added to measures.json.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AGENCY_FACTS } from './agency-labels.mjs';

const root = resolve(import.meta.dirname, '..');
const ref = resolve(process.argv[2] ?? join(root, '..', 'shared', 'reference'));
const out = join(root, 'content', 'data');
const read = (name) => JSON.parse(readFileSync(join(ref, name), 'utf8'));
const write = (name, value) => writeFileSync(join(out, name), JSON.stringify(value, null, 2) + '\n');
const existing = (name) => (existsSync(join(out, name)) ? JSON.parse(readFileSync(join(out, name), 'utf8')) : []);

/** Stable agency ID: lower-case ASCII words joined by hyphens ("CHIPS Program Office (DOC)" → "chips-program-office-doc"). */
export function agencyId(name) {
  return name
    .replace(/[’'.]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const outline = read('plan-outline.json');

const agencyKeys = Object.keys(outline.agency_index).sort();
const agencies = agencyKeys.map((key) => {
  const facts = AGENCY_FACTS[key];
  if (!facts) throw new Error(`scripts/agency-labels.mjs: no entry for agency "${key}"; add kind and German gloss.`);
  const isAcronym = /^[A-Z]{2,6}$/.test(key);
  const glossary = outline.agency_glossary[key];
  const name = isAcronym && glossary ? glossary.replace(/\s*\(.*\)\s*$/, '') : key.replace(/\s*\((DOC|DOJ|ED)\)$/, '');
  return {
    id: agencyId(key),
    planName: key,
    ...(isAcronym ? { acronym: key } : {}),
    nameEn: facts.name ?? name,
    kind: facts.kind,
    ...(facts.parent ? { parent: agencyId(facts.parent) } : {}),
    glossDe: facts.de,
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

const editorialDir = join(root, 'content', 'editorial', 'measures');
const previousEditorial = Object.fromEntries(
  existing('measures.json').map((m) => [m.id, { instruments: m.instruments, related: m.related }]),
);
const editorialFiles = existsSync(editorialDir)
  ? readdirSync(editorialDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(editorialDir, f), 'utf8')))
  : [];
const editorial = Object.assign({}, previousEditorial, ...editorialFiles);

/** Measures whose key phrase stands on the page the bullet runs onto (checked in plan-fulltext.md). */
const KEY_PHRASE_ON_CONTINUATION = new Set(['1.1.5', '2.5.6']);
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
      ...(a.implied_actor_not_named_as_lead ? { impliedActor: agencyId(a.implied_actor_not_named_as_lead) } : {}),
      pdfPage: a.pdf_page,
      printedPage: a.printed_page,
      ...(a.continues_to_pdf_page ? { continuesToPdfPage: a.continues_to_pdf_page } : {}),
      ...(KEY_PHRASE_ON_CONTINUATION.has(a.id) ? { keyPhrasePdfPage: a.continues_to_pdf_page } : {}),
      footnotes: a.footnotes ?? [],
      ...(a.duplicate_of ? { duplicateOf: a.duplicate_of } : {}),
      instruments: editorial[a.id]?.instruments ?? [],
      related: editorial[a.id]?.related ?? [],
    })),
  ),
);

const footnotes = outline.footnotes.map((f) => ({ id: String(f.number), number: f.number, pdfPage: f.pdf_page, text: f.text }));

/** The weakest verification level named in a reference note decides how the site labels the fact. */
function verificationLevel(note) {
  const text = typeof note === 'string' ? note : JSON.stringify(note ?? '');
  for (const level of ['unverified', 'secondary-single', 'secondary-multiple', 'official-metadata', 'primary-text']) {
    if (text.includes(level)) return level;
  }
  return 'unverified';
}

const firstIsoDate = (value) => (typeof value === 'string' ? (value.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null) : null);
const officialUrl = (sources) => sources?.find((s) => s.type === 'official')?.url ?? null;
const frUrl = (sources) =>
  sources?.find((s) => /federalregister\.gov\/documents|govinfo\.gov\/content\/pkg\/FR-/.test(s.url) && s.type?.startsWith('official'))
    ?.url ?? null;

/**
 * Deadlines keep the order's own wording of the period; the due date is the reference's calendar
 * date where one could be computed, otherwise null with the reason. A provision that carries two
 * deadlines gets a numbered key so each can be cited on its own.
 */
/** German twins of the orders' and instruments' worded facts, written by hand and kept across imports. */
const previousOrders = new Map(existing('orders.json').map((o) => [o.id, o]));
const previousPrior = new Map(existing('prior.json').map((p) => [p.id, p]));

function deadlinesOf(order) {
  const seen = new Map();
  const before = previousOrders.get(String(order.number).replace(/^EO /, ''))?.deadlines ?? [];
  return (order.deadlines ?? []).map((d) => {
    const count = (seen.get(d.provision) ?? 0) + 1;
    seen.set(d.provision, count);
    const dueDate = /^\d{4}-\d{2}-\d{2}$/.test(d.due_date) ? d.due_date : null;
    return {
      key: count === 1 ? d.provision : `${d.provision} (${count})`,
      provision: d.provision,
      section: d.provision.match(/\d+/)[0],
      period: d.period,
      dueDate,
      dueNote: dueDate ? null : d.due_date,
      dueNoteDe: dueDate ? null : (before.find((b) => b.provision === d.provision && b.dueNote === d.due_date)?.dueNoteDe ?? null),
    };
  });
}

/**
 * Which order sections put which plan measures into effect. An editorial mapping, made where the
 * order's text does what the measure asks (read in ../shared/reference/primary/); orders that only
 * take up a theme are linked in prose, not here.
 */
const IMPLEMENTS = {
  14318: [
    { measure: '2.1.1', section: '5' },
    { measure: '2.1.2', section: '6' },
    { measure: '2.1.4', section: '7' },
    { measure: '2.1.3', section: '8' },
    { measure: '2.1.5', section: '9' },
  ],
  14319: [{ measure: '1.2.2', section: '4' }],
  14320: [{ measure: '3.1.1', section: '3' }],
  14363: [{ measure: '1.7.1', section: '3' }],
};

const eo = read('executive-orders.json');
const ORDER_IDS = ['14148', '14179', '14277', '14318', '14319', '14320', '14355', '14363', '14365', '14409'];
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
    agenciesTaskedDe: previousOrders.get(String(o.number).replace(/^EO /, ''))?.agenciesTaskedDe ?? [],
    implements: IMPLEMENTS[o.number] ?? [],
  }))
  .sort((a, b) => a.id.localeCompare(b.id));

const priorRef = read('prior-policy.json');
const PRIOR_ID = { 'm-24-10': 'omb-m-24-10', 'm-24-18': 'omb-m-24-18' };
/**
 * A prior instrument's link is its own official address: the reference lists the instrument's own
 * source first, so the first official source (opened or not) is taken, never a later official
 * document that merely mentions it (EO 14306 for EO 14144, the Investment Accelerator order for the
 * CHIPS and Science Act).
 */
// The reference lists only secondary sources for the NAIRR pilot; NSF's programme page was confirmed
// with the search tool (November 2026) as the address public trackers cite as official.
const OFFICIAL_URL_OVERRIDES = { 'nairr-pilot': 'https://www.nsf.gov/focus-areas/artificial-intelligence/nairr' };
/**
 * What became of each instrument, as structured facts. Written by hand from the reference's `fate`
 * notes and, for the two revocations, checked against the revoking orders' text (EO 14148 sec. 2,
 * EO 14318 sec. 4). Successors without a page of their own are named, not linked.
 */
const FATES = {
  'eo-14110': { status: 'revoked', date: '2025-01-20', byOrder: '14148', byOrderSection: '2' },
  'eo-14141': { status: 'revoked', date: '2025-07-23', byOrder: '14318', byOrderSection: '4' },
  'eo-14144': { status: 'amended', date: '2025-06-06', successor: 'EO 14306' },
  'nsm-25': { status: 'replaced', date: '2026-06-05', successor: 'NSPM-11' },
  'omb-m-24-10': { status: 'replaced', date: '2025-04-03', successor: 'OMB M-25-21' },
  'omb-m-24-18': { status: 'replaced', date: '2025-04-03', successor: 'OMB M-25-22' },
  'blueprint-ai-bill-of-rights': { status: 'no-formal-action' },
  'nist-ai-rmf-1-0': { status: 'retained-under-revision', byMeasure: '1.2.1' },
  'us-aisi': { status: 'renamed', date: '2025-06-03', successorAgency: 'caisi' },
  'ai-diffusion-ifr': { status: 'not-enforced', date: '2025-05-13' },
  'ntia-open-weights-report': { status: 'retained' },
  'nairr-pilot': { status: 'retained', byMeasure: '1.3.3' },
  'chips-and-science-act': { status: 'retained' },
};

const prior = priorRef.instruments.map((i) => ({
  id: PRIOR_ID[i.id] ?? i.id,
  kindEn: i.kind,
  kindDe: previousPrior.get(PRIOR_ID[i.id] ?? i.id)?.kindDe ?? i.kind,
  number: i.number && i.number !== 'n/a' ? String(i.number) : null,
  titleEn: i.official_title,
  date: firstIsoDate(i.date),
  frPublicationDate: firstIsoDate(i.fr_publication_date),
  citation: i.citation ?? null,
  frDocNumber: i.fr_doc_number ?? null,
  citationCheck: verificationLevel(i.verification),
  officialUrl: OFFICIAL_URL_OVERRIDES[i.id] ?? i.sources?.find((s) => s.type?.startsWith('official'))?.url ?? null,
  sections: (i.sections ?? []).map((s) => ({ number: s.section, headingEn: s.heading })),
  fate: fateOf(PRIOR_ID[i.id] ?? i.id),
}));

function fateOf(id) {
  const fate = FATES[id];
  if (!fate) throw new Error(`scripts/import-reference.mjs: no fate for prior instrument "${id}"; add it to FATES.`);
  return { date: null, byOrder: null, byOrderSection: null, byMeasure: null, successor: null, successorAgency: null, ...fate };
}

write('agencies.json', agencies);
write('pillars.json', pillars);
write('sections.json', sections);
write('measures.json', measures);
write('footnotes.json', footnotes);
write('orders.json', orders);
write('prior.json', prior);
console.log(
  `imported ${pillars.length} pillars, ${sections.length} sections, ${measures.length} measures, ${agencies.length} agencies, ${orders.length} orders, ${prior.length} prior instruments, ${footnotes.length} footnotes`,
);
