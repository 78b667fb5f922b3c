import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one named in CHROMIUM_PATH. Tests never download a browser. */
export function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p));
}

/** Flags for a headless run on a machine with no network beyond the registries. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
