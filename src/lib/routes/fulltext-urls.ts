import type { Locale } from '../../i18n/locales';
import { entityPath, idToSlug, pagePath } from './urls';

/**
 * URLs of the primary texts: the plan at `/<locale>/plan/text/`, each order at
 * `/<locale>/orders/<number>/text/`, both with the block anchors of `content/fulltext/`.
 */

/** `planTextPath('de', 'sec-1-3-p2') // => '/de/plan/text/#sec-1-3-p2'` */
export function planTextPath(locale: Locale, anchor?: string): string {
  const path = pagePath('planText', locale);
  return anchor ? `${path}#${anchor}` : path;
}

/** The anchor of a recommended action in the plan text: `actionAnchor('1.3.2') // => 'action-1-3-2'`. */
export function actionAnchor(measureId: string): string {
  return `action-${idToSlug(measureId)}`;
}

/** `orderTextPath('14319', 'en', 'sec-4-b-iii') // => '/en/orders/14319/text/#sec-4-b-iii'` */
export function orderTextPath(number: string, locale: Locale, anchor?: string): string {
  const path = `${entityPath('order', number, locale)}text/`;
  return anchor ? `${path}#${anchor}` : path;
}

/**
 * The clause anchor a deadline key or section number points to: `Sec. 4(b)(iii)` → `sec-4-b-iii`,
 * `Sec. 6(b)-(d)` → `sec-6-b` (the first of a range), `Secs. 7(a)-(c), 8(a)-(e)` → `sec-7-a`,
 * "Sec. 5(a) (2)" → `sec-5-a` (the trailing number only tells two deadlines apart).
 * Capital letters are lower-cased, as in the importer's IDs. Undefined if the key cannot be read.
 */
export function provisionAnchor(key: string): string | undefined {
  const m = /^(?:Secs?\.\s*)?(\d+)((?:\([A-Za-z0-9]+\))*)/.exec(key.trim());
  if (!m) return undefined;
  const labels = [...m[2]!.matchAll(/\(([A-Za-z0-9]+)\)/g)].map((x) =>
    /^[A-Z]+$/.test(x[1]!) ? x[1]!.toLowerCase() : x[1]!,
  );
  return ['sec', m[1]!, ...labels].join('-');
}
