/**
 * Checks the order texts written by import-order-texts.ts.
 *
 *   node scripts/check-order-texts.ts [orders-dir] [primary-dir] [executive-orders.json] [orders.json]
 *
 * For each order:
 *  1. words: the block texts joined with single spaces equal the source's words. The source side is
 *     normalised here independently of the importer: front matter dropped, HTML tags, Markdown
 *     backslash escapes, emphasis asterisks and list markers removed, all whitespace (including
 *     no-break spaces) collapsed to one space. Nothing else is touched, so any lost, added, moved or
 *     altered word fails the check.
 *  2. anchors: ids unique and of the documented form, consistent with `path`; section headings equal
 *     the `headingEn` of content/data/orders.json (non-breaking hyphen read as hyphen).
 *  3. deadlines: every deadline `key` (and `provision`) of the order in orders.json resolves to
 *     existing anchors: "Sec. 4(b)(iii)" → sec-4-b-iii, "Sec. 4" → sec-4, ranges "Sec. 6(b)-(d)"
 *     → sec-6-b … sec-6-d, lists "Secs. 7(a)-(c), 8(a)-(e)"; a trailing " (2)" set off by a space
 *     only tells two deadlines of the same provision apart and is not part of the pinpoint.
 *  4. German (where <number>.de.json exists): exactly one non-empty German text per English block,
 *     no German entry without an English block.
 * Exit code 1 if anything fails.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { mapOrderFiles, ORDER_NUMBERS, type OrderBlock } from './import-order-texts.ts';

const [
  ordersDir = 'content/fulltext/orders',
  primaryDir = '../shared/reference/primary',
  eoJson = '../shared/reference/executive-orders.json',
  ordersJson = 'content/data/orders.json',
] = process.argv.slice(2);

/** The source's words, independently of the importer's parsing. */
function sourceWords(src: string): string {
  let body = src.replace(/\r\n?/g, '\n');
  body = body.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .replace(/<[^>]+>/g, '') // HTML tags, words kept (a tag between two letters would glue words: checked below)
    .replace(/\\(?=[^\sA-Za-z0-9])/g, '') // Markdown escapes
    .replace(/\*/g, '') // emphasis markers
    .replace(/^[ \t]*[-*+][ \t]+/gm, '') // list markers
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Tags glued to letters on both sides would hide a join; the source has none, which is checked here. */
function tagInsideWord(src: string): string | null {
  const m = /[A-Za-z]<[^>]+>[A-Za-z]/.exec(src);
  return m ? m[0] : null;
}

const ROMAN = [
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  'vi',
  'vii',
  'viii',
  'ix',
  'x',
  'xi',
  'xii',
  'xiii',
  'xiv',
  'xv',
];
function range(from: string, to: string): string[] {
  if (ROMAN.includes(from) && ROMAN.includes(to) && ROMAN.indexOf(to) >= ROMAN.indexOf(from)) {
    return ROMAN.slice(ROMAN.indexOf(from), ROMAN.indexOf(to) + 1);
  }
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const out: string[] = [];
    for (let n = Number(from); n <= Number(to); n++) out.push(String(n));
    return out;
  }
  const out: string[] = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) out.push(String.fromCharCode(c));
  return out;
}
const labelId = (t: string): string => (/^[A-Z]+$/.test(t) ? t.toLowerCase() : t);

/** Anchors a deadline key points to; null if the key cannot be read. */
function keyAnchors(key: string): string[] | null {
  const rest = key.replace(/^Secs?\.\s*/, '');
  const out: string[] = [];
  for (const part of rest.split(/,\s*/)) {
    const m = /^(\d+)((?:\([A-Za-z0-9]+\))*)(?:-((?:\([A-Za-z0-9]+\))+))?(?: \(\d+\))?$/.exec(
      part.trim(),
    );
    if (!m) return null;
    const start = [...m[2]!.matchAll(/\(([A-Za-z0-9]+)\)/g)].map((x) => x[1]!);
    const base = ['sec', m[1]!, ...start.map(labelId)];
    if (!m[3]) {
      out.push(base.join('-'));
      continue;
    }
    const end = [...m[3].matchAll(/\(([A-Za-z0-9]+)\)/g)].map((x) => x[1]);
    // "(b)-(d)": the range runs over the last label; a longer end "(b)-(c)(ii)" is not used here.
    if (end.length !== 1 || start.length === 0) return null;
    const parent = base.slice(0, -1);
    for (const t of range(start[start.length - 1]!, end[0]!))
      out.push([...parent, labelId(t)].join('-'));
  }
  return out;
}

type OrderMeta = {
  id: string;
  sections: { number: string; headingEn: string }[];
  deadlines: { key: string; provision: string }[];
};
const orders = JSON.parse(readFileSync(ordersJson, 'utf8')) as OrderMeta[];
const files = mapOrderFiles(primaryDir, eoJson);

let failed = 0;
for (const num of ORDER_NUMBERS) {
  const problems: string[] = [];
  const notes: string[] = [];
  const enPath = join(ordersDir, `${num}.en.json`);
  if (!existsSync(enPath)) {
    console.log(`EO ${num}: FAIL (no ${enPath})`);
    failed++;
    continue;
  }
  const blocks = JSON.parse(readFileSync(enPath, 'utf8')) as OrderBlock[];
  const src = readFileSync(join(primaryDir, files.get(num)!), 'utf8');

  // 1. words
  const tag = tagInsideWord(src);
  if (tag) problems.push(`markup inside a word: ${tag}`);
  const expected = sourceWords(src);
  const actual = blocks.map((b) => b.text).join(' ');
  if (expected !== actual) {
    let i = 0;
    while (i < expected.length && expected[i] === actual[i]) i++;
    problems.push(
      `text differs at char ${i}: source «${expected.slice(Math.max(0, i - 40), i + 40)}» vs blocks «${actual.slice(Math.max(0, i - 40), i + 40)}»`,
    );
  }
  for (const b of blocks)
    if (b.text !== b.text.trim() || /\s{2}|[\u00a0\u202f]|<|\\\(|\*/u.test(b.text))
      problems.push(`${b.id}: unnormalised text`);

  // 2. anchors
  const ids = new Set<string>();
  for (const b of blocks) {
    if (ids.has(b.id)) problems.push(`duplicate id ${b.id}`);
    ids.add(b.id);
    const form =
      b.kind === 'preamble'
        ? /^preamble(-\d+)?$/
        : b.kind === 'signature'
          ? /^signature(-date)?$/
          : b.kind === 'section'
            ? /^sec-\d+$/
            : b.kind === 'paragraph'
              ? /^sec-\d+-p\d+$/
              : /^sec-\d+(-[a-z]+|-\d+)+$/;
    if (!form.test(b.id)) problems.push(`${b.id}: id not of the form for ${b.kind}`);
    if (b.kind === 'clause' || b.kind === 'section') {
      const fromPath = 'sec-' + b.path.map(labelId).join('-');
      if (fromPath !== b.id)
        problems.push(`${b.id}: path ${JSON.stringify(b.path)} gives ${fromPath}`);
      if (b.kind === 'clause' && !b.text.startsWith(`${b.label} `))
        problems.push(`${b.id}: text does not start with its label`);
    }
  }
  const meta = orders.find((o) => o.id === num);
  if (!meta) problems.push('not in orders.json');
  else {
    const heads = blocks.filter((b) => b.kind === 'section');
    const norm = (s: string): string => s.replace(/\u2011/g, '-');
    if (heads.length !== meta.sections.length)
      problems.push(`${heads.length} sections, orders.json has ${meta.sections.length}`);
    for (const s of meta.sections) {
      const h = heads.find((b) => b.section === s.number);
      if (!h) problems.push(`Sec. ${s.number} missing`);
      else if (norm(h.heading ?? '') !== s.headingEn)
        problems.push(`Sec. ${s.number} heading «${h.heading}» ≠ orders.json «${s.headingEn}»`);
    }
    // 3. deadlines
    for (const d of meta.deadlines) {
      for (const k of new Set([d.key, d.provision])) {
        const anchors = keyAnchors(k);
        if (!anchors) problems.push(`deadline key «${k}» not readable`);
        else
          for (const a of anchors)
            if (!ids.has(a)) problems.push(`deadline «${k}» → #${a} missing`);
      }
    }
    notes.push(
      `${meta.deadlines.length} deadline keys → ${meta.deadlines.map((d) => keyAnchors(d.key)?.join('+')).join(', ') || 'none'}`,
    );
  }

  // 4. German
  const dePath = join(ordersDir, `${num}.de.json`);
  if (existsSync(dePath)) {
    const de = JSON.parse(readFileSync(dePath, 'utf8')) as Record<string, unknown>;
    for (const b of blocks) {
      const t = de[b.id];
      if (typeof t !== 'string' || !t.trim()) problems.push(`de: no German text for ${b.id}`);
      else if (b.kind === 'clause' && !t.startsWith(`${b.label} `))
        problems.push(`de: ${b.id} does not start with ${b.label}`);
      else if (b.kind === 'section' && !t.startsWith(`Abschnitt ${b.section}. `))
        problems.push(`de: ${b.id} does not start with "Abschnitt ${b.section}."`);
    }
    for (const k of Object.keys(de))
      if (!ids.has(k)) problems.push(`de: ${k} has no English block`);
    notes.push(`German: ${Object.keys(de).length} entries`);
  }

  if (problems.length) {
    failed++;
    console.log(`EO ${num}: FAIL (${blocks.length} blocks)`);
    for (const p of problems) console.log(`  - ${p}`);
  } else
    console.log(
      `EO ${num}: ok — ${blocks.length} blocks, words identical to ${files.get(num)}; ${notes.join('; ')}`,
    );
}
if (failed) {
  console.log(`${failed} order(s) failed`);
  process.exit(1);
}
console.log(`all ${ORDER_NUMBERS.length} orders pass`);
