import type { APIRoute } from 'astro';
import { loadSite } from '../lib/site';
import { entitiesOfModel, sitePages } from '../lib/page-paths';
import { sitemapXml } from '../lib/sitemap';
import { documentSitePages, loadDocuments } from '../lib/tracker/documents';

export const GET: APIRoute = async ({ site }) => {
  const { model } = await loadSite();
  const pages = [...sitePages(entitiesOfModel(model), model.checked), ...documentSitePages(await loadDocuments(), model.checked)];
  return new Response(sitemapXml(pages, site!), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
