import { serveDemo } from '../src/dev/demo/serve';
import { chromiumPath, launchChromium } from '../test/support/chromium';
import type { GoalResult } from './goals';
import { medianOf } from './median';

const GOAL_MS = 1000;
const RUNS = 5;

/**
 * Records, in the page, when the pane's title first shows in #root: milliseconds since the
 * navigation started (performance.now()), so the browser's start-up does not count.
 */
function recordFirstRender(): void {
  const w = window as unknown as { nplvFirstRender?: number };
  new MutationObserver((_, observer) => {
    if (document.querySelector('#root h1')) {
      w.nplvFirstRender = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * The pane's first render in headless Chromium: the demo page (pane bundle and the in-memory
 * Excel) from a production build in `dist`, loaded RUNS times in fresh pages; median and worst.
 */
export async function benchFirstRender(dist: string): Promise<GoalResult[]> {
  console.log("\nThe pane's first render in headless Chromium (demo page, production build, localhost)");
  const goal = `pane first render in Chromium ≤ ${GOAL_MS} ms`;
  if (!chromiumPath()) {
    console.log('  chromium not installed (apt-get install chromium): not measured');
    return [{ goal, measured: '—', met: false, reason: 'chromium not installed here' }];
  }
  const server = await serveDemo(dist);
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.addInitScript(recordFirstRender);
      await page.goto(server.url);
      await page.waitForFunction(() => (window as unknown as { nplvFirstRender?: number }).nplvFirstRender !== undefined);
      times.push(await page.evaluate(() => (window as unknown as { nplvFirstRender: number }).nplvFirstRender));
      await page.close();
    }
    const typical = medianOf(times);
    const worst = Math.max(...times);
    console.log(
      `  navigation → pane rendered: median ${typical.toFixed(0)} ms, worst ${worst.toFixed(0)} ms of ${RUNS} (goal ≤ ${GOAL_MS} ms: ${worst <= GOAL_MS ? 'met' : 'NOT MET'})`,
    );
    return [{ goal, measured: `${worst.toFixed(0)} ms worst`, met: worst <= GOAL_MS }];
  } finally {
    await browser.close();
    await server.close();
  }
}
