import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../../i18n';
import type { Locale } from '../../../i18n/locales';
import { localePaths } from '../../../lib/static-paths';
import { cardSvg } from '../../../lib/social-card';
import { renderPng } from '../../../lib/render-png';

/** The card of pages that are not entities (home, overviews, glossary …). */
export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const t = useTranslations(props.locale);
  const png = await renderPng(cardSvg({ siteName: t('site.name'), kicker: '', title: t('site.tagline'), footer: t('card.footer') }));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
