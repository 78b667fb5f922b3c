import { LOCALES, type Locale } from '../../i18n/locales';
import type { SiteModel } from '../content/model';
import type { SitePage } from '../routes/site-pages';
import { orderTextPath } from '../routes/fulltext-urls';

/**
 * The order text pages for the sitemap: one per order with a text in `content/fulltext/orders/`.
 * (The plan text is a static page and is listed with those.)
 */
export function orderTextPages(
  numbers: readonly string[],
  model: Pick<SiteModel, 'orders' | 'checked'>,
): SitePage[] {
  return numbers.map((n) => ({
    kind: 'page',
    id: `order-text-${n}`,
    paths: Object.fromEntries(LOCALES.map((l) => [l, orderTextPath(n, l)])) as Record<
      Locale,
      string
    >,
    checked: model.orders.find((o) => o.id === n)?.checked ?? model.checked,
  }));
}
