/**
 * Splits the plan's full text (plan-fulltext.md) into anchored blocks.
 *
 * TypeScript port of /work/fulltext/import-plan-text.py; the output is byte-identical to the
 * Python version (`json.dump(..., ensure_ascii=False, indent=1)`, no trailing newline).
 *
 *   node scripts/import-plan-text.ts <plan-fulltext.md> <plan.en.json>
 *
 * Block: { id, kind: heading|paragraph|action|quote|signature|footnote, pdfPage, printedPage, text,
 * ...extra fields, breaks?: [{ offset, pdfPage, printedPage }] } where `offset` is the character
 * offset (Unicode code points, as Python counts) of an inline page break in `text`.
 *
 * Python semantics kept on purpose: code-point lengths, `str.strip()` whitespace set, universal
 * newlines when reading, `\d` matching any Unicode decimal digit, key order of the emitted objects.
 * The Python prototype also loads plan-outline.json but never uses it; the port does not read it.
 */
import { readFileSync, writeFileSync } from 'node:fs';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Block = { [key: string]: Json };
type PageBreak = { offset: number | null; pdfPage: number; printedPage: string | null };

// Characters for which Python's str.isspace() is true (what str.strip() removes).
const PY_WS =
  '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEAD_WS = new RegExp(`^[${PY_WS}]+`, 'u');
const TRAIL_WS = new RegExp(`[${PY_WS}]+$`, 'u');
const pyRstrip = (s: string): string => s.replace(TRAIL_WS, '');
const pyStrip = (s: string): string => pyRstrip(s.replace(LEAD_WS, ''));
/** Python's str.strip(chars) for a set of literal characters. */
function pyStripChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a]!)) a++;
  while (b > a && chars.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}
/** len() in Python counts code points, not UTF-16 units. */
const pyLen = (s: string): number => Array.from(s).length;
/** int() of a string of Unicode decimal digits (Python's `\\d` and int() accept all of them). */
function pyInt(s: string): number {
  let n = 0;
  for (const ch of s) {
    let cp = ch.codePointAt(0)!;
    // Decimal digits are encoded in contiguous runs 0..9, so the value is the position in the run mod 10.
    let k = 0;
    while (cp > 0 && /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
      cp--;
      k++;
    }
    n = n * 10 + (k % 10);
  }
  return n;
}
/** str() of a Python value as used in f-strings. */
const pyStr = (v: string | null | undefined): string => (v == null ? 'None' : v);

const D = '\\p{Nd}';
const BREAK_SRC = `<!-- PDF page (${D}+) · (?:printed page ([0-9ivx]+)|cover) -->`;
const BREAK_G = new RegExp(BREAK_SRC, 'gu');
const BREAK_FULL = new RegExp(`^(?:${BREAK_SRC})$`, 'u');
// Python's `.` matches anything but \n; JavaScript's also stops at \r, \u2028 and \u2029.
const PILLAR = /^## Pillar (I+): ([^\n]*)/u;
const SUBSECTION = /^### ([^\n]*)/u;
const FOOTNOTE = new RegExp(
  `^\\[\\^(${D}+)\\]: ([^\\n]*) \\*\\(PDF p\\. (${D}+), printed p\\. (${D}+)\\)\\*\\n?$`,
  'u',
);

function main(): void {
  const [inPath, outPath] = process.argv.slice(2);
  if (!inPath || !outPath) {
    process.stderr.write('usage: node import-plan-text.ts <plan-fulltext.md> <out.json>\n');
    process.exit(2);
  }
  // Python's text mode reads with universal newlines.
  const src = readFileSync(inPath, 'utf8').replace(/\r\n?/g, '\n').split('\n');

  const blocks: Block[] = [];
  let pdf: number = 1;
  let printed: string | null = null;
  let pillar: string | null = null;
  let section: string | null = null;
  const secN = new Map<string | null, number>();
  const pcount = new Map<string | null, number>();
  let actionN = 0;
  let inActions = false;

  const secId = (): string => {
    if (section === null) throw new TypeError("'NoneType' object has no attribute 'replace'");
    return section.replaceAll('.', '-');
  };

  function add(kind: string, anchor: string, text: string, kw: Block = {}): PageBreak[] {
    const breaks: PageBreak[] = [];
    const t = text.replace(BREAK_G, (_m: string, g1: string, g2: string | undefined) => {
      breaks.push({ offset: null, pdfPage: pyInt(g1), printedPage: g2 ?? null });
      return '\x00';
    });
    const parts = t.split('\x00');
    let clean = '';
    parts.forEach((part, i) => {
      if (i) breaks[i - 1]!.offset = pyLen(pyRstrip(clean)) + (clean.endsWith(' ') ? 1 : 0);
      clean += part;
    });
    clean = pyStrip(clean.replace(/  +/g, ' '));
    const b: Block = { id: anchor, kind, pdfPage: pdf, printedPage: printed, text: clean, ...kw };
    if (breaks.length) {
      b.breaks = breaks.map((x) => ({
        offset: x.offset,
        pdfPage: x.pdfPage,
        printedPage: x.printedPage,
      }));
      pdf = breaks[breaks.length - 1]!.pdfPage;
      printed = breaks[breaks.length - 1]!.printedPage;
    }
    blocks.push(b);
    return breaks;
  }

  const lines = src;
  const at = (k: number): string => {
    if (k >= lines.length) throw new RangeError('list index out of range');
    return lines[k]!;
  };
  let i = 0;
  let state = 'pre';
  while (i < lines.length) {
    const line = lines[i]!;
    const m = BREAK_FULL.exec(pyStrip(line));
    if (m) {
      pdf = pyInt(m[1]!);
      printed = m[2] ?? null;
      i += 1;
      continue;
    }
    if (line.startsWith('## Footnotes')) break;
    if (line.startsWith('## Table of Contents')) {
      state = 'toc';
      i += 1;
      continue;
    }
    if (line.startsWith('## Introduction')) {
      state = 'intro';
      add('heading', 'introduction', 'Introduction', { level: 2 });
      pcount.set('intro', 0);
      i += 1;
      continue;
    }
    if (line.startsWith('> “Today') && state === 'pre') {
      add('quote', 'epigraph', line.slice(2));
      i += 1;
      continue;
    }
    if (line.startsWith('Donald J. Trump') && state === 'pre') {
      add('signature', 'epigraph-author', pyRstrip(line) + ' ' + pyStrip(at(i + 1)));
      i += 2;
      continue;
    }
    if (state === 'pre' || state === 'toc') {
      i += 1;
      continue;
    }
    const mp = PILLAR.exec(line);
    if (mp) {
      pillar = String(pyLen(mp[1]!));
      section = null;
      inActions = false;
      state = 'pillar';
      add('heading', `pillar-${pillar}`, `Pillar ${mp[1]}: ${mp[2]}`, { level: 2, pillar });
      pcount.set(pillar, 0);
      secN.set(pillar, 0);
      i += 1;
      continue;
    }
    const ms = SUBSECTION.exec(line);
    if (ms) {
      if (!secN.has(pillar)) throw new Error(`KeyError: ${pyStr(pillar)}`);
      secN.set(pillar, secN.get(pillar)! + 1);
      section = `${pyStr(pillar)}.${secN.get(pillar)}`;
      inActions = false;
      actionN = 0;
      pcount.set(section, 0);
      add('heading', `sec-${secId()}`, ms[1]!, { level: 3, section });
      i += 1;
      continue;
    }
    if (line.startsWith('#### Recommended Policy Actions')) {
      inActions = true;
      add('heading', `sec-${secId()}-actions`, 'Recommended Policy Actions', { level: 4, section });
      i += 1;
      continue;
    }
    if (line.startsWith('- ') && inActions) {
      actionN += 1;
      const mid = `${pyStr(section)}.${actionN}`;
      add('action', `action-${mid.replaceAll('.', '-')}`, line.slice(2), { measure: mid, section });
      i += 1;
      continue;
    }
    if (line.startsWith('**') && state === 'intro') {
      const name = pyStrip(pyStripChars(pyStrip(line), '*'));
      const role = pyStrip(at(i + 1));
      const n = blocks.filter((b) => (b.id as string).startsWith('intro-signatory')).length + 1;
      add('signature', `intro-signatory-${n}`, `${name}, ${role}`, { name, role });
      i += 2;
      continue;
    }
    const stripped = pyStrip(line);
    if (stripped && !line.startsWith('#') && stripped !== '---' && !line.startsWith('*(')) {
      const key: string | null = state === 'intro' ? 'intro' : (section ?? pillar);
      pcount.set(key, (pcount.get(key) ?? 0) + 1);
      const n = pcount.get(key)!;
      const anchor =
        state === 'intro'
          ? 'intro-' + String(n)
          : section
            ? `sec-${secId()}-p${n}`
            : `pillar-${pyStr(pillar)}-p${n}`;
      add('paragraph', anchor, line, section ? { section } : pillar ? { pillar } : {});
    }
    i += 1;
  }

  // footnotes
  const fn = src.filter((l) => l.startsWith('[^'));
  for (const l of fn) {
    const m = FOOTNOTE.exec(l);
    if (!m) throw new TypeError(`'NoneType' object has no attribute 'group' (footnote line: ${l})`);
    blocks.push({
      id: `fn-${m[1]}`,
      kind: 'footnote',
      number: pyInt(m[1]!),
      pdfPage: pyInt(m[3]!),
      printedPage: m[4]!,
      text: m[2]!,
    });
  }
  const acts = blocks.filter((b) => b.kind === 'action');
  const paras = blocks.filter((b) => b.kind === 'paragraph').length;
  process.stderr.write(
    `${blocks.length} blocks; ${acts.length} actions; ${paras} paragraphs; ${fn.length} footnotes\n`,
  );
  writeFileSync(outPath, JSON.stringify(blocks, null, 1), 'utf8');
}

main();
