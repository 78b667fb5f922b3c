import { DIST } from './dist';
import { shippedIncludes, startNginx } from './nginx';

/**
 * Serves dist/ on a loopback port for the browser tests as it is deployed: Debian's nginx with the
 * shipped deploy/nginx/atlas.conf, so the crawl also sees the CSP and the other headers as HTTP
 * headers. (The benchmark uses scripts/static-server.ts.)
 */
export async function serveDist(): Promise<{ origin: string; close: () => Promise<void> }> {
  const nginx = await startNginx([{ root: DIST, includes: shippedIncludes() }]);
  return { origin: nginx.origins[0]!, close: nginx.stop };
}
