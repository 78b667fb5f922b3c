/**
 * The site's canonical origin, read in this one place. `SITE_URL` (e.g. `https://atlas.example.org`)
 * makes a deployment build: canonical links, sitemap, feeds and citations carry that origin. Without
 * it the build is a preview: the origin is the local preview server, every page carries `noindex`
 * and a visible note, and the cite box does not call its address permanent.
 */
export const SITE_URL_VARIABLE = 'SITE_URL';

/** Where `npm start` / `npm run preview` serve the build. */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** The origin from the environment, checked: an absolute http(s) URL with no path, query or fragment. */
export function siteOrigin(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const value = env[SITE_URL_VARIABLE]?.trim();
  if (!value) return PREVIEW_ORIGIN;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${SITE_URL_VARIABLE}="${value}" is not a URL. Fix: set it to the public origin, e.g. https://atlas.example.org`,
    );
  }
  if (
    !/^https?:$/.test(url.protocol) ||
    url.pathname !== '/' ||
    url.search ||
    url.hash ||
    url.username
  ) {
    throw new Error(
      `${SITE_URL_VARIABLE}="${value}" must be an origin only (scheme, host, optional port), e.g. https://atlas.example.org; the site is served from the root.`,
    );
  }
  return url.origin;
}

/** A preview build: its origin is a loopback address, so no URL it prints is permanent. */
export function isPreviewSite(site: URL | string | undefined): boolean {
  if (site === undefined) return true;
  return LOOPBACK.has(new URL(site).hostname);
}
