import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n';
import type { EntityCitation } from '../citation/entity-citation';
import type { Styled } from '../citation/formats';
import { orderCitation, originalCertainty, planCitation } from '../citation/original';
import { orderLegislation, planLegislation } from '../head/metadata';
import type { Order } from '../content/model';
import { cardForPath } from '../routes/urls';
import { orderTextPath, planTextPath } from '../routes/fulltext-urls';
import { clauseLabel, planPinpointLabel, type PlanPinpoint } from './pinpoint';

/**
 * The cite box of a full-text page: the page itself in every style (through the shared citation
 * formats), the original, and the pattern of a pinpoint citation of one passage.
 */

/** The plan at a passage: "The White House, *Winning the Race…*, July 2025, p. 15, para. 2." */
export function planPassageCitation(locale: Locale, at: PlanPinpoint): Styled {
  const runs = planCitation(locale);
  const last = runs.at(-1)!;
  return [
    ...runs.slice(0, -1),
    { ...last, text: last.text.replace(/\.$/, `, ${planPinpointLabel(at, locale)}.`) },
  ];
}

/** An order at a clause, Bluebook style: "Exec. Order No. 14319, § 4(b)(iii), 90 Fed. Reg. … (…)." */
export function orderPassageCitation(
  order: Order,
  locale: Locale,
  path: readonly string[],
): Styled {
  const en = clauseLabel(path, 'en').replace(/^Sec\. /, '');
  return orderCitation(order, locale, en);
}

interface TextPage {
  locale: Locale;
  site: URL;
  /** ISO date the text was last checked. */
  checked: string;
  title: string;
}

function base({ locale, site, checked, title }: TextPage, path: string, key: string) {
  return {
    work: {
      siteName: useTranslations(locale)('site.name'),
      title,
      url: new URL(path, site).href,
      date: checked,
      locale,
      key,
    },
    sections: [],
    downloads: [],
    data: '',
    card: new URL(cardForPath(path), site).href,
  };
}

export function planTextCitation(page: TextPage): EntityCitation {
  return {
    ...base(page, planTextPath(page.locale), `atlas-plan-text-${page.locale}`),
    original: planCitation(page.locale),
    basedOn: [planLegislation()],
  };
}

export function orderTextCitation(page: TextPage, order: Order): EntityCitation {
  return {
    ...base(page, orderTextPath(order.id, page.locale), `atlas-eo-${order.id}-text-${page.locale}`),
    original: orderCitation(order, page.locale),
    originalLevel: originalCertainty({ kind: 'order', order }),
    basedOn: [orderLegislation(order)],
  };
}
