import type { APIRoute } from 'astro';
import { loadSiteData } from '~/lib/content/site-data';
import { entitiesOfModel, sitePages } from '~/lib/routes/site-pages';
import { sitemapXml } from '~/lib/routes/sitemap';

export const GET: APIRoute = async ({ site }) => {
  const { model } = await loadSiteData();
  return new Response(sitemapXml(sitePages(entitiesOfModel(model), model.checked), site!), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
