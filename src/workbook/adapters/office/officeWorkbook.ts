import { findSheet } from '../../read/findSheet';
import { listWithHeads, type Head } from './head';
import { afterChanges, chartSheets, coversChanges, listSheets, type Listing } from './listing';
import { readGrids } from './read';
import { outlineSheets } from './look';
import { StaleListing, writeChanges } from './write';
import type { ReadDetail, SheetGrid, WorkbookChanges, WorkbookPort } from '../../port';
import { requiredSheets } from '../../read/readDetail';
import { GEVOELIGHEID, KOPREGEL_ZOEKDIEPTE, TOTAALBEELD, VERGELIJKING } from '../../sheetDefs';

/** The changes without their row outlines (an Excel without ExcelApi 1.12). */
function withoutOutline({ rowGroups: _, ...changes }: WorkbookChanges): WorkbookChanges {
  return { ...changes, sheets: changes.sheets.map(({ rowGroups: _groups, ...sheet }) => sheet) };
}

/** `Excel.run`, or the in-memory Excel's `run` (tests, benchmark, browser demo). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The workbook open in Excel, through Office.js: one `Excel.run` per operation, and as few
 * `context.sync()` calls as the data allows, so that `herberekenWerkmap` takes 3 plus one per further
 * 4.8 MB block read or written (Excel on the web refuses a request or response over 5 MB):
 *
 * 1. `sheetNames` lists the sheets and, in the same sync, reads ahead the used range and rows
 *    1–10 of the sheets a recalculation cannot do without (`requiredSheets`: Opgave and
 *    Dekking, as this workbook spelled them last time), and Excel's calculation mode. That is
 *    where the header row is, and a sample of what a row weighs. If one of them is not there,
 *    the request fails as a whole and the names are listed alone (one sync more).
 * 2. `readSheets` plans from those heads row blocks of under 4.8 MB and reads values, and
 *    formulas and number formats only where the `ReadDetail` asks — the columns the add-in
 *    owns, the input columns of amounts, keys and years, the Totaalbeeld — one sync per block.
 *    Sheets it has no head of (the Totaalbeeld, the key sheets: small) are read whole in the
 *    first of those syncs. The heads serve the `readSheets` right after the listing only, and
 *    every block checks its sheet's used range against them: if the workbook changed in
 *    between, it reads again from scratch.
 *    When the listing found Excel in manual calculation mode, where values can be stale (an
 *    input changed, the formulas over it not calculated), the first of those requests asks
 *    Excel to calculate (`calculate('Full')`, what Ctrl+Alt+F9 does) before it reads: the
 *    figures come from current values, in the same syncs, and the mode stays manual. (Refusing
 *    instead would make the analyst give up manual mode for every run: there is no way to ask
 *    Excel whether anything is left to calculate.) Reading the mode and calculating need
 *    ExcelApi 1.1; the manifest asks 1.9, so every host that loads the add-in has both.
 * 3. `apply` writes in one sync per 4.8 MB of cells. It plans with the sheets (and the
 *    Totaalbeeld's charts) the adapter saw last, and checks them in its request before
 *    writing; if the workbook changed meanwhile, that request fails before any write, and it
 *    lists the sheets again and retries once. The sheets `readSheets` just read are known with
 *    their charts (and, with outlines, their outline): replacing one of them needs no listing.
 *
 * It never uses the `Excel` global.
 */
export class OfficeWorkbook implements WorkbookPort {
  private listing: Listing | undefined;
  /** The heads read with the last listing, for the `readSheets` that follows it. */
  private heads: ReadonlyMap<string, Head> = new Map();
  /** The sheets to read ahead while listing. */
  private ahead = requiredSheets();
  /** Whether the last listing found Excel in manual calculation mode, for the `readSheets` that follows it. */
  private manual = false;

  /**
   * `outline`: whether Excel has what a row outline takes (ExcelApi 1.10 to group rows, 1.12 for
   * the custom property the adapter keeps it in: look.ts) — `Office.context.requirements.isSetSupported('ExcelApi', '1.12')`.
   * Without, it neither reads nor makes one: a change's row outline is left out.
   */
  constructor(
    private readonly run: ExcelRun,
    private readonly outline = false,
  ) {}

  async sheetNames(): Promise<string[]> {
    this.heads = new Map();
    this.manual = false;
    return this.run(async (context) => {
      const { names, heads, manual } = await listWithHeads(context, this.ahead, KOPREGEL_ZOEKDIEPTE);
      this.ahead = requiredSheets(names);
      this.heads = heads;
      this.manual = manual;
      this.listing = { names, charts: new Map() };
      return names;
    });
  }

  /**
   * Bold, column widths and the charts are read for the add-in's own sheets only (NPLV
   * Totaalbeeld, Vergelijking, Gevoeligheid: their undo needs them). Calculates first when the listing just before found Excel in manual mode.
   */
  async readSheets(names: string[], detail?: ReadDetail): Promise<SheetGrid[]> {
    const [heads, calculate] = [this.heads, this.manual];
    [this.heads, this.manual] = [new Map(), false];
    return this.run(async (context) => {
      const eigen = [TOTAALBEELD, VERGELIJKING, GEVOELIGHEID].map((blad) => findSheet(names, [blad]));
      const { grids, listing } = await readGrids(context, names, heads, {
        detail,
        dressed: (name) => eigen.includes(name),
        calculate,
        outline: this.outline,
      });
      this.listing = listing;
      return grids;
    });
  }

  async apply(all: WorkbookChanges): Promise<void> {
    const changes = this.outline ? all : withoutOutline(all);
    const seen = this.listing;
    this.listing = undefined;
    [this.heads, this.manual] = [new Map(), false];
    // Without outlines (no ExcelApi 1.12) the adapter neither reads nor makes one: none to know of.
    const [replaced, outlined] = [chartSheets(changes), this.outline ? outlineSheets(changes) : []];
    await this.run(async (context) => {
      let listing = seen && coversChanges(seen, replaced, outlined) ? seen : await listSheets(context, replaced, outlined);
      try {
        await writeChanges(context, changes, listing);
      } catch (e) {
        if (!(e instanceof StaleListing)) throw e;
        if (listing !== seen) throw e.reason;
        listing = await listSheets(context, replaced, outlined);
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
