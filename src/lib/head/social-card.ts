import { CARD_SIZE } from './metadata';

/**
 * The social card of a page as SVG: site name, kind and ID, and the title. Rendered to PNG at build
 * time (no external service), so link previews in messengers and social networks show what the
 * page is without loading it.
 */
export interface CardText {
  siteName: string;
  /** "Maßnahme 1.3.2", "Executive Order 14179"; empty for pages that are not entities. */
  kicker: string;
  title: string;
  /** A line under the title, e.g. the site's tagline. */
  footer: string;
}

/** Greedy word wrap; the last line ends with "…" when the text does not fit. */
export function wrapLines(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] =
    `${last.length > maxChars - 1 ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
  return kept;
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

const SERIF = "'DejaVu Serif', 'Liberation Serif', serif";
const SANS = "'DejaVu Sans', 'Liberation Sans', sans-serif";

export function cardSvg(card: CardText): string {
  const { width, height } = CARD_SIZE;
  const lines = wrapLines(card.title, 30, 4);
  const titleTop = card.kicker ? 250 : 210;
  const title = lines
    .map(
      (l, i) =>
        `<text x="80" y="${titleTop + i * 64}" font-family="${SERIF}" font-size="52" font-weight="bold" fill="#1b1b1b">${escapeXml(l)}</text>`,
    )
    .join('');
  const kicker = card.kicker
    ? `<text x="80" y="180" font-family="${SANS}" font-size="36" fill="#1d4f91">${escapeXml(card.kicker)}</text>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#fdfcf8"/><rect width="24" height="100%" fill="#1d4f91"/><text x="80" y="100" font-family="${SANS}" font-size="34" font-weight="bold" fill="#4d4d4d">${escapeXml(card.siteName)}</text>${kicker}${title}<line x1="80" y1="540" x2="${width - 80}" y2="540" stroke="#d6d2c4" stroke-width="2"/><text x="80" y="590" font-family="${SANS}" font-size="28" fill="#4d4d4d">${escapeXml(card.footer)}</text></svg>`;
}
