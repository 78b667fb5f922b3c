import type { APIRoute } from 'astro';
import { robotsTxt } from '~/lib/routes/sitemap';

/** An endpoint rather than a file in public/, because the sitemap line needs the absolute site URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site!), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
