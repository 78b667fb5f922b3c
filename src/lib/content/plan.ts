import plan from '../../../content/data/plan.json' with { type: 'json' };

/**
 * Editorial facts about the plan itself, kept in `content/data/plan.json` (not a collection: no
 * page renders it as an entity): its title as printed, its release date, the official PDF and the
 * key dates the home page shows.
 */
export const PLAN = plan;

export const PLAN_TITLE: string = plan.titleEn;
export const PLAN_RELEASE_DATE: string = plan.releaseDate;
export const PLAN_PDF_URL: string = plan.pdfUrl;
/** IDs of the orders and prior instruments whose dates the home page lists beside the plan's. */
export const KEY_DATE_IDS: { prior: readonly string[]; order: readonly string[] } = plan.keyDates;
