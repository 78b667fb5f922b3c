import type { APIRoute } from 'astro';
import { loadSiteData } from '~/lib/content/site-data';
import { entitiesOfModel, sitePages } from '~/lib/routes/site-pages';
import { sitemapXml } from '~/lib/routes/sitemap';
import { loadFulltext } from '~/lib/fulltext/text-data';
import { orderTextPages } from '~/lib/fulltext/pages';
import { documentSitePages, loadDocuments } from '~/lib/tracker/documents';

export const GET: APIRoute = async ({ site }) => {
  const { model } = await loadSiteData();
  const texts = orderTextPages((await loadFulltext()).orderNumbers, model);
  return new Response(
    sitemapXml(
      [
        ...sitePages(entitiesOfModel(model), model.checked),
        ...texts,
        ...documentSitePages(await loadDocuments(), model.checked),
      ],
      site!,
    ),
    {
      headers: { 'content-type': 'application/xml; charset=utf-8' },
    },
  );
};
