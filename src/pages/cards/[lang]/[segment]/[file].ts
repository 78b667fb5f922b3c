import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../../i18n/locales';
import { entityCard, entityIds } from '../../../../lib/entity-pages';
import { ENTITY_KINDS, ENTITY_SEGMENTS, idToSlug, type EntityKind } from '../../../../lib/routes';
import { loadSite } from '../../../../lib/site';
import { cardSvg } from '../../../../lib/social-card';
import { renderPng } from '../../../../lib/render-png';

/** One social card per entity page and language: `/cards/de/measures/1-3-2.png`. */
export const getStaticPaths = (async () => {
  const site = await loadSite();
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
  const site = await loadSite();
  const png = await renderPng(cardSvg(entityCard(site, props.kind, props.id, props.locale)));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
