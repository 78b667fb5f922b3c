import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../../i18n/locales';
import { staticPageCard } from '../../../../lib/entity-pages';
import { STATIC_PAGES, type StaticPage } from '../../../../lib/routes';
import { loadSite } from '../../../../lib/site';
import { cardSvg } from '../../../../lib/social-card';
import { renderPng } from '../../../../lib/render-png';

/** One social card per overview page and language: `/cards/de/pages/glossary.png`. */
export const getStaticPaths = (() =>
  LOCALES.flatMap((locale) =>
    (Object.keys(STATIC_PAGES) as StaticPage[]).map((page) => ({ params: { lang: locale, file: `${page}.png` }, props: { locale, page } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; page: StaticPage }> = async ({ props }) => {
  const site = await loadSite();
  const png = await renderPng(cardSvg(staticPageCard(site, props.page, props.locale)));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
