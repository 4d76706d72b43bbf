/**
 * Issue 20: the Zelftest in the demo, in a real headless Chromium: the real pane bundle runs it
 * over the in-memory Excel through the demo's office.js shim, as it would in Excel.
 */
import type { Page } from 'playwright-core';
import { DEMO_DIAGNOSTICS } from '../../../src/dev/demo/officeShim';
import { version } from '../../../package.json';
import { grid, paneTexts, screenshot, sheetTabs, showSheet, status } from './demoPage';
import { demoInChromium } from './demoSuite';
import { contrast } from '../../support/contrast';

jest.setTimeout(60_000);

/** Every sheet of the workbook, hidden ones too (the tabs show only the visible), with its used range's values and formulas: through the page's Excel.run. */
const werkmap = (page: Page) =>
  page.evaluate(() =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      const ranges = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load('address,values,formulas,numberFormat'));
      await context.sync();
      return sheets.items.map((s, i) => {
        const r = ranges[i];
        return { name: s.name, visibility: s.visibility, range: r.isNullObject ? null : [r.address, r.values, r.formulas, r.numberFormat] };
      });
    }),
  );

/** The step items of the report (not their checks), each as its own text. */
const stappen = (page: Page) =>
  page
    .getByRole('list', { name: 'Stappen van de zelftest' })
    .evaluate((ol) =>
      Array.from(ol.children, (li) => Array.from(li.childNodes, (n) => (n.nodeName === 'UL' ? '' : n.textContent)).join('')),
    );

async function zelftest(page: Page) {
  await page.getByRole('button', { name: 'Meer acties' }).click();
  await page.getByRole('menuitem', { name: 'Zelftest' }).click();
  return page.getByRole('region', { name: 'Zelftest' });
}

demoInChromium('the Zelftest in the demo', (suite) => {
  it('runs green, lists every step ok, and leaves the workbook as it was: its temporary sheet gone, Opgave unchanged', async () => {
    const { page } = suite.demo;
    const voor = await werkmap(page);
    const opgave = await grid(page);
    const sectie = await zelftest(page);
    const oordeel = sectie.getByText(/^Zelftest geslaagd \(\d+ van \d+ stappen ok\)$/);
    await oordeel.waitFor();
    const [goed, alle] = ((await oordeel.textContent()) ?? '').match(/\d+/g)!.map(Number);
    expect(goed).toBe(alle);
    await screenshot(page, 'zelftest-geslaagd');
    // What the demo's office.js says of itself (every requirement set: the newest ExcelApi the Zelftest asks about), and
    // package.json's version through the build.
    const { host, platform, version: office } = DEMO_DIAGNOSTICS;
    const waar = await sectie.getByText(/^Host /).textContent();
    expect(waar?.replace(/ExcelApi 1\.\d+/, 'ExcelApi …')).toMatch(
      new RegExp(
        `^Host ${host}, platform ${platform}, Office-versie ${office}, ExcelApi …, invoegtoepassing ${version.replace(/\./g, '\\.')}; `,
      ),
    );
    const regels = await stappen(page);
    expect(regels).toHaveLength(alle);
    expect(regels.filter((r) => !/.: ok(: [^·]*)? · \d+ syncs?, \d+ ms$/.test(r))).toEqual([]);
    expect(await status(page).textContent()).toBe('Nog niet berekend');
    // The workbook: every sheet as before (no temporary sheet left, hidden or not), and Opgave's cells as the grid showed them.
    expect(await werkmap(page)).toEqual(voor);
    expect(await sheetTabs(page).allTextContents()).toEqual(['Opgave', 'Dekking']);
    await showSheet(page, 'Opgave');
    expect(await grid(page)).toEqual(opgave);
  });

  it("Kopieer rapport puts the report's text on the clipboard; Sluiten hides the report", async () => {
    const { page } = suite.demo;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(suite.url).origin });
    const sectie = await zelftest(page);
    await sectie.getByText(/^Zelftest geslaagd/).waitFor();
    await sectie.getByRole('button', { name: 'Kopieer rapport' }).click();
    await sectie.getByText('Het rapport staat op het klembord.').waitFor();
    const tekst = await page.evaluate(() => navigator.clipboard.readText());
    // Each step's name is in the text (its format: README, the workbook layer's zelftestTekst).
    const namen = (await stappen(page)).map((r) => r.slice(0, r.lastIndexOf(': ok')));
    expect(namen.filter((naam) => !tekst.includes(naam))).toEqual([]);
    expect(tekst).toContain(version);
    await sectie.getByRole('button', { name: 'Zelftest sluiten' }).click();
    await page.getByRole('region', { name: 'Zelftest' }).waitFor({ state: 'detached' });
  });

  it("in Office's dark theme every text of the report reads at a contrast of at least 4.5", async () => {
    const { page } = await suite.reopen('?thema=donker');
    const sectie = await zelftest(page);
    await sectie.getByText(/^Zelftest geslaagd/).waitFor();
    const teksten = await paneTexts(page);
    const stappen = teksten.filter((t) => /^· \d+ syncs?, \d+ ms$/.test(t.text)); // each step's syncs and time, in small text
    expect(stappen.length).toBeGreaterThan(10);
    expect(teksten.filter((t) => contrast(t.color, t.background) < 4.5)).toEqual([]);
    await screenshot(page, 'zelftest-donker');
  });
});
