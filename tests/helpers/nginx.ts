import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findNginx, NGINX_BROTLI_MODULE } from '../../scripts/system-packages.ts';
import { ROOT } from './content';
import { get } from './raw-http';

export const SHIPPED_CONFIG = join(ROOT, 'deploy', 'nginx', 'atlas.conf');
export const BROTLI_CONFIG = join(ROOT, 'deploy', 'nginx', 'brotli.conf');
export const hasBrotliModule = () => existsSync(NGINX_BROTLI_MODULE);

/** The configuration files a deployment includes: brotli where Debian's module is installed, then the site's (the shipped one unless given). */
export const shippedIncludes = (siteConfig = SHIPPED_CONFIG) => [
  ...(hasBrotliModule() ? [BROTLI_CONFIG] : []),
  siteConfig,
];

export interface NginxSite {
  /** The directory served (`root`). */
  root: string;
  /** Files included in the server block, e.g. the shipped atlas.conf. */
  includes: string[];
}

export interface RunningNginx {
  origins: string[];
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * Debian's nginx with a throwaway prefix (configuration, pid, logs and temp files in a temp
 * directory), one loopback server per site. No root needed: ports above 1024, no `user` switch.
 */
export async function startNginx(sites: NginxSite[]): Promise<RunningNginx> {
  const nginx = findNginx();
  if (!nginx)
    throw new Error(
      "No nginx found. Install Debian's package (apt-get install -y nginx) or set NGINX to an nginx binary.",
    );
  const prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir));
  const ports = await Promise.all(sites.map(() => freePort()));
  const config = [
    hasBrotliModule() ? `load_module ${NGINX_BROTLI_MODULE};` : '',
    'daemon off;',
    // One process that is the server itself: nothing to switch user to, nothing left behind on stop.
    'master_process off;',
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'logs', 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (t) => `  ${t}_temp_path ${join(prefix, 'temp', t)};`,
    ),
    ...sites.map((site, i) =>
      [
        '  server {',
        `    listen 127.0.0.1:${ports[i]};`,
        `    root ${site.root};`,
        ...site.includes.map((f) => `    include ${f};`),
        '  }',
      ].join('\n'),
    ),
    '}',
  ].join('\n');
  writeFileSync(join(prefix, 'nginx.conf'), config);
  const child: ChildProcess = spawn(
    nginx,
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'logs', 'error.log')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const origins = ports.map((p) => `http://127.0.0.1:${p}`);
  const log = () => {
    const file = join(prefix, 'logs', 'error.log');
    return `${stderr}${existsSync(file) ? readFileSync(file, 'utf8') : ''}`;
  };
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited (${child.exitCode}):\n${log()}\n${config}`);
    try {
      await get(origins[0]!, '/');
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx did not answer:\n${log()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    origins,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
