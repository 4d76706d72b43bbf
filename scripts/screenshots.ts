/**
 * `npm run screenshots`: the pictures in docs/. First the demo as the README opens with it
 * (docs/demo.png: the scenario Wbi naar rato on, Herbereken, its Restopgave of Nieuwbouw 2030 t/m 2035 selected: the pane's
 * result, messages and that cell's Uitleg). Then those of the NPLV Totaalbeeld. The demo (the production
 * build in DIR, default dist/, served on localhost) in headless Chromium, after Herbereken with
 * the Totaalbeeld's tab shown: in mln euro, the default (docs/totaalbeeld-mln.png), then in mld
 * euro with 2 decimals as the report prints its tables, chosen in the pane's Weergave
 * (docs/totaalbeeld-mld.png). A picture is taken only when the sheet shows the figures of the
 * report's Tabel 1 in that unit; otherwise it stops with the figures it missed.
 */
import { statSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { serveDemo } from '../src/dev/demo/serve';
import { launchChromium } from '../test/support/chromium';
import { grid, herbereken, openDemo, rowsOf, showSheet } from '../test/e2e/demo/demoPage';

/** Wide enough for Tabel 2's columns through Restopgave per onderdeel and both charts; drawn at 0,8 (a 1600 × 920 picture). */
const WINDOW = { viewport: { width: 2000, height: 1150 }, deviceScaleFactor: 0.8 };
const DOCS = join(process.cwd(), 'docs');

/** The unit line and Tabel 1's Totale opgave (tot 2030, per jaar, 2030 t/m 2035) as the report has them. */
const SHOTS = [
  { name: 'totaalbeeld-mln', eenheid: 'Bedragen in mln euro', tabel1: ['2.935,0', '733,8', '4.130,0'] },
  { name: 'totaalbeeld-mld', eenheid: 'Bedragen in mld euro', tabel1: ['2,94', '0,73', '4,13'] },
];

/** Waits for the unit line on the sheet, then checks that the figures show; the PNG's name and size. */
async function shoot(page: Page, { name, eenheid, tabel1 }: (typeof SHOTS)[number]): Promise<string> {
  await page.locator('[data-cel]', { hasText: eenheid }).first().waitFor();
  const shown = new Set([...(await grid(page)).values()].map((cell) => cell.shown));
  const missing = tabel1.filter((figure) => !shown.has(figure));
  if (missing.length > 0) throw new Error(`${name}: het blad toont ${missing.join(', ')} niet`);
  const path = join(DOCS, `${name}.png`);
  await page.screenshot({ path });
  return `docs/${name}.png (${Math.round(statSync(path).size / 1024)} kB)`;
}

/** docs/demo.png in the demo's own window (1400 × 850): Wbi naar rato on, Herbereken, the Restopgave of Nieuwbouw 2030 t/m 2035 selected. */
async function demo(browser: Browser, url: string): Promise<string> {
  const { page, errors } = await openDemo(browser, url);
  await page.getByRole('switch', { name: /^Wbi naar rato/ }).click();
  await herbereken(page);
  await showSheet(page, 'Opgave');
  const rij = rowsOf(await grid(page)).findIndex((r) => r[0] === '2030 t/m 2035' && r[2] === 'Nieuwbouw') + 1;
  await page.locator(`[data-cel="L${rij}"]`).click(); // L: its Restopgave
  await page.getByRole('region', { name: 'Uitleg' }).getByText('Restopgave Nieuwbouw 2030 t/m 2035 = max(0; 445 − 43) = 402').waitFor();
  const path = join(DOCS, 'demo.png');
  await page.screenshot({ path });
  if (errors.length > 0) throw new Error(`fouten in de pagina: ${errors.join('; ')}`);
  await page.close();
  return `docs/demo.png (${Math.round(statSync(path).size / 1024)} kB)`;
}

async function main(dist: string): Promise<void> {
  const server = await serveDemo(dist);
  const browser = await launchChromium();
  try {
    console.log(await demo(browser, server.url));
    const { page, errors } = await openDemo(browser, server.url, WINDOW);
    await herbereken(page);
    await showSheet(page, 'NPLV Totaalbeeld');
    console.log(await shoot(page, SHOTS[0]));
    await page.locator('label', { hasText: /^mld euro$/ }).click(); // mld's own 2 decimals; the pane writes the sheet again
    console.log(await shoot(page, SHOTS[1]));
    if (errors.length > 0) throw new Error(`fouten in de pagina: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main(process.argv[2] ?? 'dist').catch((e: Error) => {
  console.error(`screenshots: ${e.message}`);
  process.exit(1);
});
