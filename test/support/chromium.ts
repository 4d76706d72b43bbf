import { existsSync } from 'fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's chromium (TOOLCHAIN.md: `npx playwright install` downloads a browser, which cannot
 * happen here): CHROMIUM_PATH, else the usual places; undefined when there is none.
 */
export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
}

/** Headless chromium with the flags of TOOLCHAIN.md; playwright gives it a fresh user-data-dir. */
export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('chromium ontbreekt: apt-get install chromium (of zet CHROMIUM_PATH)');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
