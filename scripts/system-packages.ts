#!/usr/bin/env node
// The Debian packages the checks need. `npm test` (and `.ci/run`) install the missing ones with
// apt-get when running as root; otherwise they name each package and the command to install it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.ts';
import { findJava } from './find-java.ts';

/** Debian's nginx, or the binary named in NGINX; the deployment tests serve dist/ with it. */
export function findNginx(): string | undefined {
  const candidates = [process.env.NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].filter(
    (p): p is string => Boolean(p),
  );
  return candidates.find((p) => existsSync(p));
}

/** Debian's brotli_static module for nginx, when installed. */
export const NGINX_BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

interface SystemPackage {
  name: string;
  why: string;
  present: () => boolean;
  /** Checks run without it, with less coverage. */
  optional?: boolean;
}

export const SYSTEM_PACKAGES: readonly SystemPackage[] = [
  {
    name: 'chromium',
    why: 'browser tests (playwright-core drives Debian’s Chromium)',
    present: () => findChromium() !== undefined,
  },
  {
    name: 'default-jre-headless',
    why: 'the W3C Nu HTML checker (vnu-jar)',
    present: () => findJava() !== undefined,
  },
  {
    name: 'nginx',
    why: 'the deployment tests serve dist/ with deploy/nginx/atlas.conf',
    present: () => findNginx() !== undefined,
  },
  {
    name: 'libnginx-mod-http-brotli-static',
    why: 'nginx sends the prebuilt .br files (without it the tests check gzip only)',
    present: () => existsSync(NGINX_BROTLI_MODULE),
    optional: true,
  },
];

/** Installs what is missing when it can (root with apt-get); returns the required packages still missing. */
export function ensureSystemPackages(log: (line: string) => void = console.log): string[] {
  const missing = SYSTEM_PACKAGES.filter((p) => !p.present());
  if (missing.length === 0) return [];
  const names = missing.map((p) => p.name);
  const canInstall =
    process.getuid?.() === 0 &&
    spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (canInstall) {
    log(`Installing Debian packages: ${names.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    // dpkg's progress lines would bury the test output; errors still show.
    spawnSync('apt-get', ['install', '-y', '-qq', ...names], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  }
  const still = SYSTEM_PACKAGES.filter((p) => !p.present());
  for (const p of still)
    log(`${p.optional ? '⚠' : '✖'} missing Debian package ${p.name}: needed for ${p.why}.`);
  if (still.length > 0)
    log(
      `  Install: sudo apt-get update && sudo apt-get install -y ${still.map((p) => p.name).join(' ')}`,
    );
  return still.filter((p) => !p.optional).map((p) => p.name);
}

if (import.meta.main) process.exit(ensureSystemPackages().length === 0 ? 0 : 1);
