import type { APIRoute } from 'astro';
import { loadSite } from '../lib/site';
import { entitiesOfModel, sitePages } from '../lib/page-paths';
import { sitemapXml } from '../lib/sitemap';

export const GET: APIRoute = async ({ site }) => {
  const { model } = await loadSite();
  return new Response(sitemapXml(sitePages(entitiesOfModel(model), model.checked), site!), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
