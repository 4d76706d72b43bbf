import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { parseA1 } from '../../../src/sheet/address';

/** A cell of the demo's grid as the page shows it: the value behind it and the text shown. */
export interface ShownCell {
  value: unknown;
  shown: string;
}

/** Where the screenshots of the main states go (a CI artifact; not in git). */
export const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'demo');

/** The demo opened in a fresh page, with what happened beyond the page noted down. */
export interface DemoPage {
  page: Page;
  /** Uncaught errors in the page. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
  /** Every alert/confirm/prompt the page tried to show. */
  dialogs: string[];
  /** What the page's Content-Security-Policy refused, as `directive blocked-uri`. */
  violations(): Promise<string[]>;
}

/** Runs in the page before its scripts: notes every Content-Security-Policy violation. */
function noteViolations(): void {
  const w = window as unknown as { cspViolations: string[] };
  w.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
}

/** The window the demo opens in: its size in CSS pixels and, for pictures, pixels per CSS pixel. */
export type DemoWindow = Pick<BrowserContextOptions, 'viewport' | 'deviceScaleFactor'>;

export async function openDemo(
  browser: Browser,
  url: string,
  window: DemoWindow = { viewport: { width: 1400, height: 850 } },
): Promise<DemoPage> {
  const page = await browser.newPage(window);
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  const opened: DemoPage = { page, errors: [], requests: [], dialogs: [], violations };
  await page.addInitScript(noteViolations);
  page.on('pageerror', (e) => opened.errors.push(e.message));
  page.on('request', (r) => opened.requests.push(r.url()));
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await page.getByRole('heading', { name: 'NPLV-opgave', exact: true }).waitFor();
  await page.locator('[data-cel="C4"]', { hasText: 'Nieuwbouw' }).waitFor();
  return opened;
}

/** The pane's status line. */
export const status = (page: Page) => page.getByRole('status').first();

/** The cells of the sheet on view, by A1 address. */
export async function grid(page: Page): Promise<Map<string, ShownCell>> {
  const cells = await page.$$eval('[data-cel]', (tds) =>
    tds.map((td) => [td.getAttribute('data-cel')!, td.getAttribute('data-waarde'), td.textContent ?? ''] as const),
  );
  return new Map(cells.map(([cel, waarde, shown]) => [cel, { value: waarde === null ? null : JSON.parse(waarde), shown }]));
}

/** The workbook's sheet tabs (the pane has tabs of its own). */
export const sheetTabs = (page: Page) => page.getByRole('tablist', { name: 'Bladen' }).getByRole('tab');

/** Brings a sheet into view by its tab. */
export async function showSheet(page: Page, name: string): Promise<void> {
  await sheetTabs(page)
    .filter({ hasText: new RegExp(`^${name}$`) })
    .click();
  await page.getByRole('grid', { name: `Blad ${name}` }).waitFor();
}

/** Types into a cell as an analyst does: double-click, type in the formula bar, Enter. */
export async function typeIn(page: Page, cel: string, text: string): Promise<void> {
  await page.locator(`[data-cel="${cel}"]`).dblclick();
  const bar = page.getByRole('textbox', { name: 'Inhoud van de cel' });
  await bar.fill(text);
  await bar.press('Enter');
  await page.locator(`[data-cel="${cel}"]`, { hasText: text }).waitFor();
}

/** The pane's own Herbereken, and the status line it leaves (call it when that line will change): not the busy one meanwhile. */
export async function herbereken(page: Page): Promise<string> {
  const before = await status(page).textContent();
  await page.getByRole('button', { name: 'Herbereken', exact: true }).click();
  await page.waitForFunction((was) => {
    const now = document.querySelector('[role="status"]')?.textContent;
    return now !== was && !now?.startsWith('Bezig');
  }, before);
  return (await status(page).textContent()) ?? '';
}

/** The top of an element in the pane, in CSS pixels from the pane's top (as if the pane were scrolled to its start). */
export const paneY = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const pane = document.getElementById('root')!;
    return el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
  });

/** Rows of the grid as the texts shown (A…), from row 1 to the last row holding one. */
export function shownRowsOf(cells: Map<string, ShownCell>): string[][] {
  const rows: string[][] = [];
  for (const [cel, { shown }] of cells) {
    const { row, column } = parseA1(cel)!;
    (rows[row - 1] ??= [])[column - 1] = shown;
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? ''));
}

/**
 * Every element of the pane that shows text of its own, visible and not disabled: its text,
 * colour and the colour behind it (the nearest opaque background up the tree).
 */
export const paneTexts = (page: Page) =>
  page.$$eval('#root *', (els) =>
    els
      .filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
      .filter((el) => (el as HTMLElement).offsetParent !== null && !el.closest('[disabled], [aria-disabled="true"]'))
      .map((el) => {
        let behind: Element | null = el;
        while (behind && /^rgba\(.*, 0\)$|^transparent$/.test(getComputedStyle(behind).backgroundColor)) behind = behind.parentElement;
        return {
          text: el.textContent!.trim().slice(0, 40),
          color: getComputedStyle(el).color,
          background: behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)',
        };
      }),
  );

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Rows of the grid as arrays of values (A…), from row 1 to the last row holding one. */
export function rowsOf(cells: Map<string, ShownCell>): unknown[][] {
  const rows: unknown[][] = [];
  for (const [cel, { value }] of cells) {
    const { row, column } = parseA1(cel)!;
    (rows[row - 1] ??= [])[column - 1] = value;
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
}
