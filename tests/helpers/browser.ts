import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.ts';

/** Debian's Chromium through playwright-core; never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      "No Chromium found: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
