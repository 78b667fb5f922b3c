import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.ts';

function executable(): string {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      "No Chromium found: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  return executablePath;
}

/**
 * Chromium features the tests turn off on top of Playwright's own. RenderDocument gives every
 * navigation a new frame host; without it a page of the crawl loads in about 95 ms instead of 150
 * (120 pages, issue 16). It changes nothing a test looks at: layout, scripts, policy and requests
 * are the same.
 */
const ALSO_DISABLED = ['RenderDocument'];

let disabledFeatures: Promise<string> | undefined;

/**
 * Chromium reads only the last `--disable-features`, so the tests' flag must repeat the list that
 * Playwright passes. It is read from the browser's own command line (a CDP call), once per worker.
 */
function featuresToDisable(executablePath: string): Promise<string> {
  return (disabledFeatures ??= (async () => {
    // The command line is only given out with automation switched on; the probe serves no page.
    const args = [...CHROMIUM_ARGS, '--enable-automation'];
    const probe = await chromium.launch({ executablePath, args, headless: true });
    try {
      const session = await probe.newBrowserCDPSession();
      const { arguments: line } = await session.send('Browser.getBrowserCommandLine');
      const playwright = line
        .filter((a) => a.startsWith('--disable-features='))
        .flatMap((a) => a.slice('--disable-features='.length).split(','));
      return [...new Set([...playwright, ...ALSO_DISABLED])].join(',');
    } finally {
      await probe.close();
    }
  })());
}

/** Debian's Chromium through playwright-core; never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = executable();
  const features = await featuresToDisable(executablePath);
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, `--disable-features=${features}`],
    headless: true,
  });
}
