import { findSheet } from './findSheet';
import { afterChanges, coversChanges, listSheets, type Listing } from './officeListing';
import { readGrids } from './officeRead';
import { StaleListing, writeChanges } from './officeWrite';
import type { SheetGrid, WorkbookChanges, WorkbookPort } from './port';
import { TOTAALBEELD } from './sheetDefs';

/** `Excel.run`, or the in-memory Excel's `run` (tests, benchmark, browser demo). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The workbook open in Excel, through Office.js: one `Excel.run` per operation, a fixed small
 * number of `context.sync()` calls whatever the size — `sheetNames` 1, `readSheets` 1 (more
 * only when a response would pass Excel on the web's 5 MB), `apply` 1 (plus one per further
 * 4.8 MB of cells) — so that `herbereken` takes 3. It never uses the `Excel` global.
 *
 * `apply` plans with the sheets (and the Totaalbeeld's charts) the adapter saw last, and
 * checks them in its request before writing; if the workbook changed meanwhile, that request
 * fails before any write, and it lists the sheets again and retries once.
 */
export class OfficeWorkbook implements WorkbookPort {
  private listing: Listing | undefined;

  constructor(private readonly run: ExcelRun) {}

  async sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const names = sheets.items.map((s) => s.name);
      this.listing = { names, charts: new Map() };
      return names;
    });
  }

  /** Bold, column widths and the chart are read for the NPLV Totaalbeeld sheet only (its undo needs them). */
  async readSheets(names: string[]): Promise<SheetGrid[]> {
    return this.run(async (context) => {
      const totaalbeeld = findSheet(names, [TOTAALBEELD]);
      const { grids, listing } = await readGrids(context, names, (name) => name === totaalbeeld);
      this.listing = listing;
      return grids;
    });
  }

  async apply(changes: WorkbookChanges): Promise<void> {
    const seen = this.listing;
    this.listing = undefined;
    const replaced = changes.sheets.map((s) => s.name);
    await this.run(async (context) => {
      let listing = seen && coversChanges(seen, changes) ? seen : await listSheets(context, replaced);
      try {
        await writeChanges(context, changes, listing);
      } catch (e) {
        if (!(e instanceof StaleListing)) throw e;
        if (listing !== seen) throw e.reason;
        listing = await listSheets(context, replaced);
        await writeChanges(context, changes, listing).catch((again) => {
          throw again instanceof StaleListing ? again.reason : again;
        });
      }
      this.listing = afterChanges(listing, changes);
    });
  }

  async select(blad: string, cel: string): Promise<void> {
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(blad);
      sheet.activate();
      sheet.getRange(cel).select();
      await context.sync();
    });
  }
}
