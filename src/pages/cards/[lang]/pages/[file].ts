import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '~/i18n/locales';
import { staticPageCard } from '~/lib/views/entity-titles';
import { STATIC_PAGES, type StaticPage } from '~/lib/routes/urls';
import { loadSiteData } from '~/lib/content/site-data';
import { cardSvg } from '~/lib/head/social-card';
import { cardPng } from '~/lib/head/card-batch';

/** One social card per overview page and language: `/cards/de/pages/glossary.png`. */
export const getStaticPaths = (() =>
  LOCALES.flatMap((locale) =>
    (Object.keys(STATIC_PAGES) as StaticPage[]).map((page) => ({
      params: { lang: locale, file: `${page}.png` },
      props: { locale, page },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; page: StaticPage }> = async ({ props }) => {
  const site = await loadSiteData();
  const png = await cardPng(site, cardSvg(staticPageCard(site, props.page, props.locale)));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
