// The suite every browser test of the demo runs in (jest's globals: a test file's helper, kept
// out of demoPage.ts, which scripts/screenshots.ts also uses outside jest).
import type { Browser } from 'playwright-core';
import { serveDemo, type DemoServer } from '../../../src/dev/demo/serve';
import { chromiumPath, launchChromium } from '../../support/chromium';
import { productionBuild } from '../../support/productionBuild';
import { openDemo, type DemoPage } from './demoPage';

/** What every browser test of the demo stands on: the production build served, a Chromium, and a fresh page per test. */
export interface DemoSuite {
  /** This test's page. */
  readonly demo: DemoPage;
  /** The demo's address. */
  readonly url: string;
  /** This test's page closed, and the demo opened again with `search` (`?thema=donker`) as this test's page. */
  reopen(search: string): Promise<DemoPage>;
}

/**
 * A describe of browser tests of the demo (skipped, with a warning, where there is no Chromium
 * outside CI). Before each test a fresh page; after it, whatever the test did: no uncaught
 * error, no dialog, not one request beyond the page's own origin, nothing its policy refused.
 */
export function demoInChromium(title: string, tests: (suite: DemoSuite) => void): void {
  const inCi = process.env.CI === 'true';
  if (!chromiumPath() && !inCi) console.warn('chromium ontbreekt: de browsertests van de demo zijn overgeslagen (CI installeert het).');
  let server: DemoServer;
  let browser: Browser;
  let demo: DemoPage;
  const suite: DemoSuite = {
    get demo() {
      return demo;
    },
    get url() {
      return server.url;
    },
    reopen: async (search) => {
      await demo.page.close();
      demo = await openDemo(browser, `${server.url}${search}`);
      return demo;
    },
  };
  (chromiumPath() || inCi ? describe : describe.skip)(title, () => {
    beforeAll(async () => {
      server = await serveDemo(await productionBuild());
      browser = await launchChromium();
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    beforeEach(async () => {
      demo = await openDemo(browser, server.url);
    });

    afterEach(async () => {
      const origin = new URL(server.url).origin;
      expect(demo.errors).toEqual([]);
      expect(demo.dialogs).toEqual([]);
      expect(demo.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      expect(await demo.violations()).toEqual([]);
      await demo.page.close();
    });

    tests(suite);
  });
}
