/**
 * Splits the executive orders' full texts (White House Markdown copies in shared/reference/primary/)
 * into anchored blocks, one JSON file per order: <out-dir>/<number>.en.json.
 *
 *   node scripts/import-order-texts.ts [primary-dir] [executive-orders.json] [out-dir]
 *
 * Which file is which order: the order's whitehouse.gov URL in executive-orders.json (`sources`)
 * equals the file's front-matter `source_url`, and the file's `date` equals the `signing_date`.
 *
 * Block: { id, kind, section, path, label, heading? (sections only), text }
 *   kind     preamble | section | paragraph | clause | signature
 *   id       preamble                      the enacting formula ("By the authority vested in me …")
 *            sec-N                         the section's heading block ("Sec. 4. Implementation.")
 *            sec-N-pK                      K-th unlabelled paragraph of section N (list items included)
 *            sec-N-a, sec-N-a-i,           clauses (a) → (i) → (A) → (1); capital letters are
 *            sec-N-a-i-a, sec-N-a-i-a-1    lower-cased in the id (path and label keep them) unless that
 *                                          would give two blocks the same id, then the case is kept
 *            signature                     the President's name, where the copy prints it
 *            signature-date                "THE WHITE HOUSE, <date>."
 *   section  "4" (null for preamble and signature blocks)
 *   path     ["4","b","iii"] (section blocks ["4"], paragraphs ["4","p2"], others [])
 *   label    "(iii)" for clauses, "Sec. 4." / "Section 1." for sections, null otherwise
 *   text     the words as published, labels included, so that the texts of all blocks joined with
 *            single spaces equal the source's words: hard line breaks unwrapped, Markdown escapes
 *            (`\(`) resolved, underline spans and emphasis markers dropped (words kept), every run of
 *            whitespace (including no-break and narrow no-break spaces) made one space. Nothing else
 *            is changed (e.g. the non-breaking hyphen U+2011 in "FAST‑41" stays).
 *
 * Roman or letter: a lower-case label that could be both is a roman numeral (level 2) unless it is
 * the next letter after the current level-1 letter and no roman sequence it could continue is open;
 * `(i)` directly after `(h)` is always the letter i.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type OrderBlock = {
  id: string;
  kind: 'preamble' | 'section' | 'paragraph' | 'clause' | 'signature';
  section: string | null;
  path: string[];
  label: string | null;
  heading?: string;
  text: string;
};

/** The orders this import covers. */
export const ORDER_NUMBERS = [
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

/** Drops Markdown/HTML markup and normalises whitespace; the words stay as they are. */
export function normalise(s: string): string {
  return s
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // <span style="text-decoration: underline">, </span>, <u>, </u>
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>"'~^$&])/g, '$1') // Markdown backslash escapes
    .replace(/\*([^*\n]+)\*/g, '$1') // emphasis: *et seq.*, *2*
    .replace(/\s+/gu, ' ') // JS \s covers U+00A0, U+202F and the other Unicode spaces
    .trim();
}

/** Front matter (YAML between --- lines) and body of a copy. */
export function splitFrontMatter(src: string): { meta: Record<string, string>; body: string } {
  const text = src.replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (kv) meta[kv[1]!] = kv[2]!.replace(/^'(.*)'$/, '$1');
  }
  return { meta, body: text.slice(m[0].length) };
}

/**
 * Source paragraphs, unnormalised: split at blank lines (whitespace-only lines count as blank),
 * after Markdown hard breaks (two or more spaces at the end of a line) and before list items.
 */
function rawParagraphs(body: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  const flush = (): void => {
    if (cur.length) out.push(cur.join('\n'));
    cur = [];
  };
  for (const line of body.split('\n')) {
    if (/^\s*$/u.test(line)) {
      flush();
      continue;
    }
    const item = /^ {0,3}[-*+] +(.*)$/.exec(line); // Markdown list item: the marker is markup
    if (item) {
      flush();
      cur.push(item[1]!);
    } else cur.push(line);
    if (/ {2,}$/.test(line)) flush(); // hard line break
  }
  flush();
  return out.map(normalise).filter((p) => p !== '');
}

const SECTION_RE = /^((?:Section|Sec\.) ?(\d+)\.) ([^.]+?)\.(?: (.*))?$/;
const LABEL_RE = /^\(([a-z]+|[A-Z]+|\d+)\)(?: (.*))?$/;
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
  'xvi',
  'xvii',
  'xviii',
  'xix',
  'xx',
];
const nextLetter = (l: string | undefined, upper = false): string =>
  l === undefined ? (upper ? 'A' : 'a') : String.fromCharCode(l.charCodeAt(0) + 1);
const nextRoman = (r: string | undefined): string =>
  r === undefined ? 'i' : ROMAN[ROMAN.indexOf(r) + 1]!;
const nextNumber = (n: string | undefined): string =>
  n === undefined ? '1' : String(Number(n) + 1);

/** Level of a clause label: 0 (a), 1 (i), 2 (A), 3 (1). `stack` holds the open labels by level. */
function labelLevel(tok: string, stack: (string | undefined)[]): number {
  if (/^\d+$/.test(tok)) return 3;
  if (/^[A-Z]+$/.test(tok)) return 2;
  const isRoman = ROMAN.includes(tok);
  if (!isRoman) return 0;
  const asLetter = tok.length === 1 && tok === nextLetter(stack[0]);
  if (tok === 'i' && stack[0] === 'h') return 0; // (i) after (h) is the letter i
  const romanContinues = stack[1] !== undefined && tok === nextRoman(stack[1]);
  const romanOpens = tok === 'i';
  if (romanContinues || romanOpens) return 1;
  if (asLetter) return 0;
  return 1;
}

export function parseOrder(
  src: string,
  number: string,
): { blocks: OrderBlock[]; warnings: string[] } {
  const { body } = splitFrontMatter(src);
  const paras = rawParagraphs(body);
  const warnings: string[] = [];

  // A blank line inside a sentence (EO 14319 Sec. 2(b)): a paragraph that starts in lower case, is
  // not a clause and follows one that ends without closing punctuation continues that paragraph.
  const merged: string[] = [];
  for (const p of paras) {
    const prev = merged[merged.length - 1];
    if (prev !== undefined && /^[a-z]/.test(p) && !LABEL_RE.test(p) && !/[.:;!?”)]$/.test(prev)) {
      warnings.push(
        `EO ${number}: joined a paragraph split mid-sentence: "…${prev.slice(-30)}" + "${p.slice(0, 30)}…"`,
      );
      merged[merged.length - 1] = `${prev} ${p}`;
    } else merged.push(p);
  }

  const blocks: OrderBlock[] = [];
  let sec: string | null = null;
  let pCount = 0;
  let stack: (string | undefined)[] = [];
  let tail = false; // inside the signature block
  let preamble = 0;

  const pushBody = (text: string): void => {
    if (sec === null) {
      preamble++;
      blocks.push({
        id: preamble === 1 ? 'preamble' : `preamble-${preamble}`,
        kind: 'preamble',
        section: null,
        path: [],
        label: null,
        text,
      });
      return;
    }
    const lm = LABEL_RE.exec(text);
    if (!lm) {
      pCount++;
      blocks.push({
        id: `sec-${sec}-p${pCount}`,
        kind: 'paragraph',
        section: sec,
        path: [sec, `p${pCount}`],
        label: null,
        text,
      });
      return;
    }
    const tok = lm[1];
    const level = labelLevel(tok!, stack);
    const expected = [
      nextLetter(stack[0]),
      nextRoman(stack[1]),
      nextLetter(stack[2], true),
      nextNumber(stack[3]),
    ][level];
    if (tok !== expected)
      warnings.push(`EO ${number} Sec. ${sec}: label (${tok}) where (${expected}) was expected`);
    for (let l = 0; l < level; l++)
      if (stack[l] === undefined)
        warnings.push(`EO ${number} Sec. ${sec}: (${tok}) without a parent at level ${l}`);
    stack = stack.slice(0, level);
    stack[level] = tok;
    const path = [sec, ...stack.filter((x): x is string => x !== undefined)];
    blocks.push({ id: '', kind: 'clause', section: sec, path, label: `(${tok})`, text });
  };

  for (const p of merged) {
    if (tail) {
      const last = blocks[blocks.length - 1];
      last!.text = `${last!.text} ${p}`;
      continue;
    }
    if (/^THE WHITE HOUSE,/.test(p)) {
      tail = true;
      blocks.push({
        id: 'signature-date',
        kind: 'signature',
        section: null,
        path: [],
        label: null,
        text: p,
      });
      continue;
    }
    if (/^[A-Z][A-Z. ]+[A-Z]$/.test(p)) {
      blocks.push({
        id: 'signature',
        kind: 'signature',
        section: null,
        path: [],
        label: null,
        text: p,
      });
      continue;
    }
    const sm = SECTION_RE.exec(p);
    if (sm) {
      const n = sm[2]!;
      if (sec !== null && Number(n) !== Number(sec) + 1)
        warnings.push(`EO ${number}: Sec. ${n} follows Sec. ${sec}`);
      sec = n;
      pCount = 0;
      stack = [];
      blocks.push({
        id: `sec-${n}`,
        kind: 'section',
        section: n,
        path: [n],
        label: sm[1]!,
        heading: sm[3]!,
        text: `${sm[1]} ${sm[3]}.`,
      });
      if (sm[4]) pushBody(sm[4]);
      continue;
    }
    pushBody(p);
  }

  // Clause ids: capital letters lower-cased unless that makes two ids equal.
  const clauseId = (b: OrderBlock, lower: boolean): string =>
    'sec-' + b.path.map((t) => (lower && /^[A-Z]+$/.test(t) ? t.toLowerCase() : t)).join('-');
  const lowered = blocks.map((b) => (b.kind === 'clause' ? clauseId(b, true) : b.id));
  const lowerOk = new Set(lowered).size === lowered.length;
  if (!lowerOk)
    warnings.push(
      `EO ${number}: capital-letter clauses keep their case (lower-casing would collide)`,
    );
  for (const b of blocks) if (b.kind === 'clause') b.id = clauseId(b, lowerOk);
  const seen = new Set<string>();
  for (const b of blocks) {
    if (seen.has(b.id)) throw new Error(`EO ${number}: duplicate anchor ${b.id}`);
    seen.add(b.id);
  }
  // Key order as documented (heading only on sections).
  const ordered = blocks.map((b): OrderBlock => {
    const { id, kind, section, path, label, heading, text } = b;
    return heading !== undefined
      ? { id, kind, section, path, label, heading, text }
      : { id, kind, section, path, label, text };
  });
  return { blocks: ordered, warnings };
}

type EoJson = {
  executive_orders: {
    number: string;
    signing_date: string;
    sources: (string | { url?: string })[];
  }[];
};

/** number → file name in the primary directory. */
export function mapOrderFiles(
  primaryDir: string,
  eoJsonPath: string,
  numbers = ORDER_NUMBERS,
): Map<string, string> {
  const eo = JSON.parse(readFileSync(eoJsonPath, 'utf8')) as EoJson;
  const files = readdirSync(primaryDir).filter((f) => f.endsWith('.md'));
  const metaOf = new Map(
    files.map((f) => [f, splitFrontMatter(readFileSync(join(primaryDir, f), 'utf8')).meta]),
  );
  const map = new Map<string, string>();
  for (const num of numbers) {
    const o = eo.executive_orders.find((x) => x.number === num);
    if (!o) throw new Error(`EO ${num} not in executive-orders.json`);
    const urls = o.sources
      .map((s) => (typeof s === 'string' ? s : (s.url ?? '')))
      .filter((u) => u.includes('whitehouse.gov/presidential-actions/'));
    const hits = files.filter((f) => urls.includes(metaOf.get(f)!.source_url ?? ''));
    if (hits.length !== 1)
      throw new Error(`EO ${num}: ${hits.length} files match its whitehouse.gov URL`);
    if (metaOf.get(hits[0]!)!.date !== o.signing_date)
      throw new Error(
        `EO ${num}: file date ${metaOf.get(hits[0]!)!.date} ≠ signing date ${o.signing_date}`,
      );
    map.set(num, hits[0]!);
  }
  return map;
}

function main(): void {
  const [
    primaryDir = '../shared/reference/primary',
    eoJson = '../shared/reference/executive-orders.json',
    outDir = 'content/fulltext/orders',
  ] = process.argv.slice(2);
  mkdirSync(outDir, { recursive: true });
  for (const [num, file] of mapOrderFiles(primaryDir, eoJson)) {
    const { blocks, warnings } = parseOrder(readFileSync(join(primaryDir, file), 'utf8'), num);
    for (const w of warnings) process.stderr.write(`note: ${w}\n`);
    writeFileSync(join(outDir, `${num}.en.json`), JSON.stringify(blocks, null, 1) + '\n', 'utf8');
    const count = (k: string): number => blocks.filter((b) => b.kind === k).length;
    process.stderr.write(
      `EO ${num} ← ${file}: ${blocks.length} blocks (${count('section')} sections, ${count('clause')} clauses, ${count('paragraph')} paragraphs)\n`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
