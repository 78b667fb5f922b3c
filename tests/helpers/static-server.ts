import { serveDir } from '../../scripts/static-server.ts';
import { DIST } from './dist';

/** Serves dist/ on a loopback port as a static host would (scripts/static-server.ts). */
export function serveDist(): ReturnType<typeof serveDir> {
  return serveDir(DIST);
}
