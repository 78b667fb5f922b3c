import { parseHTML } from 'linkedom';
import { redirectTarget } from './dist';
import { get, type RawResponse } from './raw-http';

export interface Hop {
  path: string;
  status: number;
  /** How this response sends the client on: a server redirect (`Location`) or a redirect page (meta refresh). */
  next?: { by: 'location' | 'refresh'; path: string };
}

/**
 * Requests `path` and follows where the response sends a client, as a browser would: a 3xx
 * `Location`, or a redirect page's meta refresh. Every target is taken as a path on the same server,
 * because a deployment build's refresh names its public origin. Stops at the first other response.
 */
export async function follow(
  origin: string,
  path: string,
  maxHops = 5,
): Promise<{ hops: Hop[]; final: RawResponse }> {
  const hops: Hop[] = [];
  for (let current = path; ;) {
    const res = await get(origin, current);
    const location = res.headers.location;
    const hop: Hop = { path: current, status: res.status };
    hops.push(hop);
    if (res.status >= 300 && res.status < 400 && typeof location === 'string')
      hop.next = { by: 'location', path: new URL(location, `http://site${current}`).pathname };
    else if (res.status === 200 && String(res.headers['content-type']).startsWith('text/html')) {
      const target = redirectTarget(parseHTML(res.body.toString('utf8')).document);
      if (target !== undefined) hop.next = { by: 'refresh', path: target };
    }
    if (!hop.next) return { hops, final: res };
    if (hops.length > maxHops)
      throw new Error(
        `more than ${maxHops} redirects from ${path}: ${hops.map((h) => h.path).join(' → ')}`,
      );
    current = hop.next.path;
  }
}
