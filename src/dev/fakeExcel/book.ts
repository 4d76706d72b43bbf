import type { FakeCalculationMode } from './application';
import { customFunctionSettled } from './calculation/calculate';
import { CustomFunctionHost } from './calculation/customFunctions';
import { richApiError } from './errors';
import { Failures } from './failures';
import { CellStorage } from './cellStorage';
import { sheetExtras, storageOf } from './sheetInit';
import { boxA1 } from './sheetCells';
import type { Box, CellLook, SheetInit } from '../../sheet';

/** A block of cells a chart refers to. */
export type FakeBlock = Box & { sheet: string };

/** A series of a chart: its name, its values and its categories (null: none set). */
export interface FakeSeries {
  name: string;
  values: FakeBlock | null;
  xValues: FakeBlock | null;
}

/** A chart as the fake keeps it: its series, the cells under its corners, its value axis's format. */
export interface FakeChart {
  name: string;
  chartType: string;
  title: string;
  series: FakeSeries[];
  /** The cell under its top-left corner; null until `setPosition`. */
  anchor: string | null;
  /** The cell its bottom-right corner covers; null until `setPosition` is given one. */
  to: string | null;
  /** The value axis's number format (Excel's default `General`). */
  valueFormat: string;
  /** Where the category axis's labels sit (`tickLabelPosition`, Excel's default `NextToAxis`). */
  categoryLabels: string;
  /** Whether the categories run from the top down (`reversePlotOrder` of the category axis; Excel's default false). */
  categoriesReversed: boolean;
  /** Where the value axis crosses the category axis (`position` of the category axis; Excel's default `Automatic`). */
  categoryCross: string;
  /**
   * How far bars overlap and the gap between categories, in % (`ChartSeries.overlap`,
   * `gapWidth`): Excel keeps one of each for the chart's series. The fake starts at 0 and 150.
   */
  overlap: number;
  gapWidth: number;
}

export interface FakeSheet {
  name: string;
  cells: CellStorage;
  /** Column (1-based) → width in points, for columns with a width of their own. */
  columnWidths: Map<number, number>;
  charts: FakeChart[];
  /** Each cell's look beyond number format and bold, by `row:column` (looks.ts). */
  looks: Map<string, CellLook>;
  /** Row → its outline level (1–8), for grouped rows. */
  outline: Map<number, number>;
  hiddenRows: Set<number>;
  /** The worksheet's custom properties (key → text). */
  customProperties: Map<string, string>;
  visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden';
}

/** A sheet with no cells, widths, charts, looks or outline. */
export const emptySheet = (name: string, cells = new CellStorage()): FakeSheet => ({
  name,
  cells,
  columnWidths: new Map(),
  charts: [],
  looks: new Map(),
  outline: new Map(),
  hiddenRows: new Set(),
  customProperties: new Map(),
  visibility: 'Visible',
});

/** A rectangle of one sheet. */
export type SheetBox = Box & { sheet: FakeSheet };

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** What Excel hands a selection-changed handler (the fake names the event only). */
export interface FakeSelectionChangedArgs {
  type: 'WorkbookSelectionChanged';
}

export type SelectionHandler = (args: FakeSelectionChangedArgs) => Promise<unknown>;

/**
 * The workbook behind the fake: sheets in tab order, the active sheet and the selection (one
 * per sheet, as Excel keeps it), and the handlers of `workbook.onSelectionChanged`.
 */
export class FakeBook {
  sheets: FakeSheet[];
  active: FakeSheet | undefined;
  /** The last `Range.select()`, as `Blad!A1`. */
  selection: string | undefined;
  /** Excel's calculation mode (Manual: formulas keep their values until calculated). */
  calculationMode: FakeCalculationMode = 'Automatic';
  /** The cells given a formula by the request running now (Excel calculates an entered formula, also in manual mode). */
  readonly entered: { sheet: FakeSheet; row: number; column: number }[] = [];
  readonly selectionHandlers = new Set<{ handler: SelectionHandler }>();
  /** The commands a test made fail (`FakeExcel.failOn`). */
  readonly failures = new Failures();
  /** The custom functions formulas call, and what each formula's call gave. */
  readonly functions = new CustomFunctionHost((sheet, row, column) => customFunctionSettled(this, sheet, row, column));
  private readonly selections = new WeakMap<FakeSheet, Box>();
  private selectionMoved = false;

  constructor(sheets: Record<string, SheetInit>) {
    this.sheets = Object.entries(sheets).map(([name, init]) => ({
      ...emptySheet(name, storageOf(init)),
      columnWidths: new Map(
        (init.columnWidths ?? []).flatMap((w, i): [number, number][] => (w === null || w === undefined ? [] : [[i + 1, w]])),
      ),
      ...sheetExtras(init),
    }));
    this.active = this.sheets[0];
  }

  /** A sheet by name, case-insensitive like Excel. */
  find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  sheet(name: string): FakeSheet {
    const sheet = this.find(name);
    if (!sheet) throw richApiError.itemNotFound(`Worksheets.getItem('${name}')`);
    return sheet;
  }

  add(name: string): FakeSheet {
    if (this.find(name)) throw richApiError.itemAlreadyExists(`Worksheets.add('${name}')`);
    const sheet = emptySheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  remove(sheet: FakeSheet): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.active === sheet) this.activate(this.sheets[0]);
  }

  /** Makes a sheet the active one; the selection moves to that sheet's. */
  activate(sheet: FakeSheet | undefined): void {
    if (sheet !== this.active) this.selectionMoved = true;
    this.active = sheet;
  }

  /** `Range.select()`: activates the block's sheet and selects the block. */
  select(box: SheetBox): void {
    const { sheet, ...block } = box;
    const before = this.selectedBox();
    this.activate(sheet);
    this.selections.set(sheet, block);
    this.selection = `${sheet.name}!${boxA1(box)}`;
    if (!before || boxA1(before) !== boxA1(box)) this.selectionMoved = true;
  }

  /** The selection on the active sheet: A1 where nothing was selected yet; none without sheets. */
  selectedBox(): SheetBox | undefined {
    const sheet = this.active;
    return sheet && { sheet, ...(this.selections.get(sheet) ?? { top: 1, left: 1, rows: 1, columns: 1 }) };
  }

  /**
   * After a request: when it moved the selection, the selection-changed handlers run, later
   * and each once (Excel raises the event after the request, not within it).
   */
  raiseEvents(): void {
    if (!this.selectionMoved) return;
    this.selectionMoved = false;
    const handlers = [...this.selectionHandlers];
    const args: FakeSelectionChangedArgs = { type: 'WorkbookSelectionChanged' };
    setTimeout(
      () =>
        handlers.forEach(
          ({ handler }) =>
            void Promise.resolve(args)
              .then(handler)
              .catch(() => undefined),
        ),
      0,
    );
  }

  has(sheet: FakeSheet): boolean {
    return this.sheets.includes(sheet);
  }
}
