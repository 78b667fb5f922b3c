import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES } from '~/i18n/locales';
import { entityCard, entityIds, staticPageCard } from '~/lib/views/entity-titles';
import {
  ENTITY_KINDS,
  STATIC_PAGES,
  cardPath,
  staticCardPath,
  type StaticPage,
} from '~/lib/routes/urls';
import { loadSiteData } from '~/lib/content/site-data';
import { cardSvg } from '~/lib/head/social-card';
import { startCardBatch } from '~/lib/head/card-batch';
import { renderPng } from '~/lib/head/render-png';

/**
 * Every social card: one per entity page and language (`/cards/de/measures/1-3-2.png`) and one per
 * overview page (`/cards/de/pages/glossary.png`), at the addresses of src/lib/routes/urls.ts.
 *
 * One rest route at the top, not routes under `cards/`, for the build's sake: Astro generates rest
 * routes last, and every route's paths are listed before the first page is generated. So the cards
 * start rendering here, in sharp's threads, while Astro renders the HTML pages on the main thread,
 * and by the time it asks for them most are done (issue 16).
 */
export const getStaticPaths = (async () => {
  const site = await loadSiteData();
  const cards = LOCALES.flatMap((locale) => [
    ...ENTITY_KINDS.flatMap((kind) =>
      entityIds(site.model, kind).map((id) => ({
        path: cardPath(kind, id, locale),
        svg: cardSvg(entityCard(site, kind, id, locale)),
      })),
    ),
    ...(Object.keys(STATIC_PAGES) as StaticPage[]).map((page) => ({
      path: staticCardPath(page, locale),
      svg: cardSvg(staticPageCard(site, page, locale)),
    })),
  ]);
  startCardBatch(cards.map((c) => c.svg));
  return cards.map(({ path, svg }) => ({ params: { card: path.slice(1) }, props: { svg } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = async ({ props }) => {
  const png = await renderPng(props.svg);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
