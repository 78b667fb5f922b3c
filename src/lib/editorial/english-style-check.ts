import { parse } from 'yaml';
import type { Problem } from '../content/collections';

/**
 * One style for the English texts: US spelling and typographic quotes. Refuses British spellings the
 * texts used to mix in and straight double quotes in prose (front matter delimiters, code spans and
 * link targets are not prose).
 */
export const UK_SPELLINGS: Record<string, string> = {
  organisation: 'organization',
  organisations: 'organizations',
  licence: 'license',
  behaviour: 'behavior',
  centre: 'center',
  centred: 'centered',
  programme: 'program',
  programmes: 'programs',
  analyse: 'analyze',
  analysed: 'analyzed',
  towards: 'toward',
  defence: 'defense',
  labour: 'labor',
  favour: 'favor',
};

/** Every string in a parsed front matter value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * @example checkEnglishStyle([{ file: 'content/text/en/x.md', text: '---\ntitle: "T"\n---\nA "quote" by the centre.' }])
 * // => two problems: "centre" (write "center"), straight quotes
 */
export function checkEnglishStyle(files: { file: string; text: string }[]): Problem[] {
  const problems: Problem[] = [];
  const uk = new RegExp(`\\b(${Object.keys(UK_SPELLINGS).join('|')})\\b`, 'gi');
  for (const { file, text } of files) {
    text.split('\n').forEach((raw, i) => {
      // Headings give permanent anchors; a published heading keeps its spelling.
      if (raw.startsWith('#')) return;
      for (const m of raw.matchAll(uk)) {
        problems.push({
          file,
          field: `line ${i + 1}`,
          message: `British spelling "${m[0]}"`,
          fix: `write "${UK_SPELLINGS[m[0].toLowerCase()]}" (US spelling)`,
        });
      }
    });
    const end = text.startsWith('---') ? text.indexOf('\n---', 3) : -1;
    const frontmatter = end > 0 ? (parse(text.slice(3, end)) as unknown) : {};
    for (const value of strings(frontmatter)) {
      if (value.includes('"'))
        problems.push({
          file,
          field: 'front matter',
          message: `straight double quotes in "${value.slice(0, 60)}…"`,
          fix: 'use typographic quotes “…”',
        });
    }
    const bodyStart = end > 0 ? end + 4 : 0;
    const offset = text.slice(0, bodyStart).split('\n').length - 1;
    text
      .slice(bodyStart)
      .split('\n')
      .forEach((raw, i) => {
        const prose = raw.replace(/`[^`]*`/g, '').replace(/\]\([^)]*\)/g, ']');
        if (prose.includes('"'))
          problems.push({
            file,
            field: `line ${offset + i + 1}`,
            message: 'straight double quotes in prose',
            fix: 'use typographic quotes “…”',
          });
      });
  }
  return problems;
}
