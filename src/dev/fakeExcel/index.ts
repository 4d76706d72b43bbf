/**
 * An in-memory implementation of the part of the Excel JavaScript API the Office workbook
 * adapter uses, faithful to its semantics: proxy objects, `load` before reading, values only
 * after `context.sync()`, writes queued and run at sync in order, and Excel on the web's limits
 * (5 MB per request and per response, 5,000,000 cells per range read). It counts syncs and
 * measures each request, for the adapter's tests, the benchmark and the browser demo.
 * No Node APIs.
 */
import type { FakeCalculationMode } from './application';
import { FakeBook, type FakeBlock, type FakeChart } from './book';
import { calculateAll } from './calculation/calculate';
import type { FakeCustomFunctions } from './calculation/customFunctions';
import { FakeRequestContext, type FakeRequest } from './context';
import type { FakeActionMatch, FakeFailure, FakeFailureOptions } from './failures';
import { columnWidth } from './sheetCells';
import { lookOf } from './looks';
import { a1, parseA1, type Cel, type CellLook, type CellValue, type SheetInit } from '../../sheet';

export type { FakeCalculationMode } from './application';
export type { FakeBlock, FakeChart, FakeSeries } from './book';
export type { FakeRequest } from './context';
export type {
  EmptyCellArgument,
  FakeCustomFunction,
  FakeCustomFunctions,
  FakeFunctionMetadata,
  FakeFunctionParameter,
} from './calculation/customFunctions';
export { FakeRichApiError } from './errors';
export type { FakeAction, FakeActionMatch, FakeFailure, FakeFailureOptions } from './failures';
export { CELL_READ_LIMIT, PAYLOAD_LIMIT, STANDARD_WIDTH } from './limits';

/**
 * The in-memory Excel: `run` in place of `Excel.run`; what the workbook holds read back by
 * `cell`, `cells`, `charts` and the like; the add-in's custom functions evaluated in formulas
 * once given (`customFunctions`, or the constructor's `options.customFunctions`); and a command
 * made to fail as Excel fails one, for a test of what the add-in does then (`failOn`).
 */
export class FakeExcel {
  /** Every `context.sync()` so far (including Excel.run's closing one), in order. */
  readonly requests: FakeRequest[] = [];
  private readonly book: FakeBook;

  constructor(sheets: Record<string, SheetInit> = {}, options: { customFunctions?: FakeCustomFunctions } = {}) {
    this.book = new FakeBook(sheets);
    this.book.functions.config = options.customFunctions;
  }

  /**
   * The add-in's custom functions, which formulas of the form `=NPLV.ID(…)` call (see
   * `customCall` for the arguments the fake reads), as Excel does: the result is the cell's
   * value, a 2-D array spills right and down (`#SPILL!` when a cell there holds something), a
   * thrown `CustomFunctions.Error` is its error value (`customFunctionMessage` its message), a
   * Promise shows `#BUSY!` until it settles, and an id not registered `#NAME?`. Formulas are
   * calculated when entered and when their inputs change. Without them (the default), such a
   * formula gets no value, as any formula the fake does not calculate. Setting them calculates.
   */
  get customFunctions(): FakeCustomFunctions | undefined {
    return this.book.functions.config;
  }

  set customFunctions(functions: FakeCustomFunctions | undefined) {
    this.book.functions.config = functions;
    if (functions && this.book.calculationMode !== 'Manual') calculateAll(this.book);
  }

  /** The message of the `CustomFunctions.Error` a formula cell's function threw (Excel shows it on the cell's error). */
  customFunctionMessage(sheet: string, address: string): string | undefined {
    const at = parseA1(address);
    if (!at) throw new Error(`customFunctionMessage: '${address}' is not an A1 address`);
    return this.book.functions.message(this.book.sheet(sheet), at.row, at.column);
  }

  /**
   * Makes a command fail at the sync that runs it, as Excel fails one: `context.sync()` rejects
   * with a `FakeRichApiError` (`code`, `message`, `debugInfo.errorLocation` the command's path;
   * by default GeneralException, "There was an internal error while processing the request."),
   * the commands before it in that request stay done, the ones after it are not run, and no
   * load of that request is answered. `match` selects the command by a test of it or by its
   * kind, a name and part of its path (`FakeAction`), e.g. `{ method: 'add', path: '.charts' }`
   * (adding a chart), `{ kind: 'query', method: 'numberFormat' }` (loading number formats),
   * `{ method: 'visibility' }` (hiding a sheet). It fails every time, or `times` times; the
   * result tells how often it failed and removes it.
   */
  failOn(match: FakeActionMatch, options: FakeFailureOptions = {}): FakeFailure {
    return this.book.failures.add(match, options);
  }

  /**
   * Like `Excel.run`: a new request context for the batch; what the batch left queued is
   * synced when it resolves. Pass it where the adapter expects `Excel.run`.
   */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this.book, this.requests);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending) await context.sync();
    return result;
  };

  /**
   * Like `Excel.run(context, batch)`: the batch in an earlier batch's request context, as
   * Office.js asks for removing an event handler added there.
   */
  readonly runIn = async <T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const fake = context as unknown as FakeRequestContext;
    const result = await batch(context as Excel.RequestContext);
    if (fake.pending) await fake.sync();
    return result;
  };

  get syncs(): number {
    return this.requests.length;
  }

  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  /** A cell by A1 address: value (errors as `{ error }`), formula without `=`, format, bold. */
  cell(sheet: string, address: string): Cel {
    const at = parseA1(address);
    if (!at) throw new Error(`cell: '${address}' is not an A1 address`);
    return { ...this.book.sheet(sheet).cells.get(at.row, at.column) };
  }

  /** Every cell that holds something (a value, formula, format or bold), by A1 address. */
  cells(sheet: string): Map<string, Cel> {
    return new Map(
      this.book
        .sheet(sheet)
        .cells.cells()
        .map(([r, c, cel]) => [a1(r, c), { ...cel }]),
    );
  }

  /** The same as [1-based row, column, cell], in no particular order: quicker for many cells. */
  cellEntries(sheet: string): [number, number, Readonly<Cel>][] {
    return this.book.sheet(sheet).cells.cells();
  }

  /** A column's width in points (1-based column). */
  columnWidth(sheet: string, column: number): number {
    return columnWidth(this.book.sheet(sheet), column);
  }

  /** A cell's look beyond number format and bold (`{}` for none). */
  look(sheet: string, address: string): CellLook {
    const at = parseA1(address)!;
    return lookOf(this.book.sheet(sheet), at.row, at.column);
  }

  /** The hidden rows of a sheet, ascending. */
  hiddenRows(sheet: string): number[] {
    return [...this.book.sheet(sheet).hiddenRows].sort((a, b) => a - b);
  }

  /** The row outline: row → level, for grouped rows. */
  outline(sheet: string): Map<number, number> {
    return new Map(this.book.sheet(sheet).outline);
  }

  /** The sheet's visibility: Visible, Hidden or VeryHidden. */
  visibility(sheet: string): string {
    return this.book.sheet(sheet).visibility;
  }

  charts(sheet: string): FakeChart[] {
    return structuredClone(this.book.sheet(sheet).charts);
  }

  /** The values of a block of cells, top to bottom, then left to right (a chart's series). */
  values(block: FakeBlock): CellValue[] {
    const cells = this.book.sheet(block.sheet).cells;
    return Array.from(
      { length: block.rows * block.columns },
      (_, i) => cells.get(block.top + (i % block.rows), block.left + Math.floor(i / block.rows)).value,
    );
  }

  /**
   * Excel's calculation mode, as the analyst sets it (Formules > Berekeningsopties). In
   * `Manual` a formula keeps its value when the cells it refers to change, until calculated;
   * back to automatic, Excel calculates.
   */
  get calculationMode(): FakeCalculationMode {
    return this.book.calculationMode;
  }

  set calculationMode(mode: FakeCalculationMode) {
    this.book.calculationMode = mode;
    if (mode !== 'Manual') calculateAll(this.book);
  }

  get activeSheet(): string | undefined {
    return this.book.active?.name;
  }

  /** The selection as `Blad!A1` (or a range), after `Range.select()`. */
  get selection(): string | undefined {
    return this.book.selection;
  }

  /** How many `workbook.onSelectionChanged` handlers are registered. */
  get selectionHandlers(): number {
    return this.book.selectionHandlers.size;
  }
}
