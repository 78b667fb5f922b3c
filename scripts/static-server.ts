import { createServer } from 'node:http';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** Text formats a static host compresses; Pagefind's own index files are gzip already. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.svg', '.wasm', '.txt', '.xml']);

/**
 * The file a request path names inside `dir`, or undefined when it names none there. The path is
 * decoded once; a segment that is `.` or `..` (also as `%2e%2e`), an encoded slash or backslash, or
 * a NUL byte is refused rather than resolved, and the resolved file (symbolic links followed) must
 * lie inside `dir`. Without this, `/..%2f..%2fetc%2fpasswd` read outside the build directory.
 */
export function fileInDir(dir: string, requestPath: string): string | undefined {
  const root = realpathSync(resolve(dir));
  const raw = requestPath.split(/[?#]/)[0] ?? '/';
  if (!raw.startsWith('/') || /%2f|%5c|%00/i.test(raw)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  const segments = path.split('/');
  if (segments.some((s) => s === '.' || s === '..' || s.includes('\\') || s.includes('\0')))
    return undefined;
  let file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (!existsSync(file)) return undefined;
  file = realpathSync(file);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (statSync(file).isDirectory()) {
    file = join(file, 'index.html');
    if (!existsSync(file)) return undefined;
  }
  return file;
}

/**
 * A static host for a build directory on a loopback port, for the browser tests and the benchmark:
 * directory index, 404 page, no rewrites, no file outside the directory, and gzip for text formats when the client accepts it, as
 * common static hosts do, so Lighthouse's simulated network sees realistic transfer sizes.
 */
export async function serveDir(
  dir: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    const file = fileInDir(dir, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(await readFile(join(dir, '404.html')));
      return;
    }
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (
      COMPRESSED.has(extname(file)) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    ) {
      res.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        vary: 'accept-encoding',
      });
      res.end(gzipSync(body, { level: 9 }));
      return;
    }
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not start');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
