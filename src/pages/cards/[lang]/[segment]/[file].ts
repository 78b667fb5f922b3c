import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '~/i18n/locales';
import { entityCard, entityIds } from '~/lib/views/entity-titles';
import { ENTITY_KINDS, ENTITY_SEGMENTS, idToSlug, type EntityKind } from '~/lib/routes/urls';
import { loadSiteData } from '~/lib/content/site-data';
import { cardSvg } from '~/lib/head/social-card';
import { cardPng } from '~/lib/head/card-batch';

/** One social card per entity page and language: `/cards/de/measures/1-3-2.png`. */
export const getStaticPaths = (async () => {
  const site = await loadSiteData();
  return LOCALES.flatMap((locale) =>
    ENTITY_KINDS.flatMap((kind) =>
      entityIds(site.model, kind).map((id) => ({
        params: { lang: locale, segment: ENTITY_SEGMENTS[kind], file: `${idToSlug(id)}.png` },
        props: { locale, kind, id },
      })),
    ),
  );
}) satisfies GetStaticPaths;

interface Props {
  locale: Locale;
  kind: EntityKind;
  id: string;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const site = await loadSiteData();
  const png = await cardPng(site, cardSvg(entityCard(site, props.kind, props.id, props.locale)));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
