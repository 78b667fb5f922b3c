import { getCollection } from 'astro:content';
import type { Locale } from '../../i18n/locales';
import type { OrderBlock, PlanBlock } from './schemas';

/** The primary texts as pages read them: the only module here that reads Astro's collections. */
export interface FulltextData {
  plan: PlanBlock[];
  /** Reading translations of the plan, by locale (English is the original). */
  planTranslation(locale: Locale): Record<string, string> | undefined;
  /** Order numbers with a text, ascending. */
  orderNumbers: string[];
  order(number: string): OrderBlock[];
  orderTranslation(number: string, locale: Locale): Record<string, string> | undefined;
}

let cached: Promise<FulltextData> | undefined;

async function load(): Promise<FulltextData> {
  const [plan] = await getCollection('planText');
  if (!plan)
    throw new Error('content/fulltext/plan.en.json is missing. Fix: run `npm run import-texts`.');
  const planTr = new Map(
    (await getCollection('planTranslations')).map((e) => [e.id, e.data.texts]),
  );
  const orders = new Map((await getCollection('orderTexts')).map((e) => [e.id, e.data.blocks]));
  const orderTr = new Map(
    (await getCollection('orderTranslations')).map((e) => [e.id, e.data.texts]),
  );
  return {
    plan: plan.data.blocks,
    planTranslation: (locale) => (locale === 'en' ? undefined : planTr.get(locale)),
    orderNumbers: [...orders.keys()].sort((a, b) => Number(a) - Number(b)),
    order(number) {
      const blocks = orders.get(number);
      if (!blocks)
        throw new Error(
          `content/fulltext/orders/${number}.en.json is missing. Fix: run \`npm run import-texts\`.`,
        );
      return blocks;
    },
    orderTranslation: (number, locale) =>
      locale === 'en' ? undefined : orderTr.get(`${locale}/${number}`),
  };
}

export function loadFulltext(): Promise<FulltextData> {
  return (cached ??= load());
}
