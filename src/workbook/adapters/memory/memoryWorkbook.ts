import { applyChanges, type SheetEditor } from '../../write/applyChanges';
import { CellStore } from './cellStore';
import type { ReadDetail, SheetChart, SheetContent, SheetGrid, WorkbookChanges, WorkbookPort } from '../../port';
import { parseA1, usedRange, withFormatsRight, type Cel, type SheetInit } from '../../../sheet';

interface Sheet {
  name: string;
  cells: CellStore;
  columnWidths: (number | null)[];
  /** The add-in's own charts. */
  charts: SheetChart[];
  /** The names of the analyst's charts (the add-in keeps them, and knows nothing else of them). */
  otherCharts: string[];
}

const toSheet = (name: string, init: SheetInit): Sheet => ({ name, cells: new CellStore(init), columnWidths: [...(init.columnWidths ?? [])], charts: [], otherCharts: [] });

/**
 * A workbook in memory (tests, the browser demo). Records every `apply` in `applied`.
 * Sheets keep their order; a replaced sheet keeps its place, a new one goes last.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly applied: WorkbookChanges[] = [];
  /** The cell last selected through `select`, as `Blad!A1`. */
  selected: string | undefined;
  private sheets: Sheet[];

  constructor(sheets: Record<string, SheetInit> = {}) {
    this.sheets = Object.entries(sheets).map(([name, init]) => toSheet(name, init));
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async readSheets(names: string[], detail?: ReadDetail): Promise<SheetGrid[]> {
    return names.map((name) => {
      const sheet = this.sheet(name);
      const cells = sheet.cells.entries();
      const grid = withFormatsRight(usedRange(name, cells, sheet.columnWidths), cells, detail);
      return sheet.charts.length > 0 ? { ...grid, charts: structuredClone(sheet.charts) } : grid;
    });
  }

  async select(blad: string, cel: string): Promise<void> {
    this.sheet(blad);
    this.selected = `${blad}!${cel}`;
  }

  async apply(changes: WorkbookChanges): Promise<void> {
    applyChanges(this.editor(), changes);
    this.applied.push(structuredClone(changes));
  }

  /** A cell by A1 address (`LEGE_CEL` where nothing was ever set). */
  cell(sheet: string, address: string): Cel {
    const at = parseA1(address);
    if (!at) throw new Error(`cell: '${address}' is not an A1 address`);
    return this.sheet(sheet).cells.get(at.row, at.column);
  }

  columnWidths(sheet: string): (number | null)[] {
    return [...this.sheet(sheet).columnWidths];
  }

  /** Adds a chart of the analyst's (by name only) to a sheet. */
  addOtherChart(sheet: string, name: string): void {
    this.sheet(sheet).otherCharts.push(name);
  }

  /** The names of the analyst's charts on a sheet. */
  otherCharts(sheet: string): string[] {
    return [...this.sheet(sheet).otherCharts];
  }

  private sheet(name: string): Sheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet named '${name}'`);
    return sheet;
  }

  private editor(): SheetEditor {
    return {
      exists: (name) => this.sheets.some((s) => s.name === name),
      replaceSheet: (content: SheetContent) => {
        const fresh = toSheet(content.name, { values: [] });
        const at = this.sheets.findIndex((s) => s.name === content.name);
        if (at < 0) this.sheets.push(fresh);
        else this.sheets[at] = fresh;
      },
      deleteSheet: (name) => {
        this.sheets = this.sheets.filter((s) => s.name !== name);
      },
      setCell: (name, row, column, { value, formula, numberFormat, bold }) => {
        const cells = this.sheet(name).cells;
        const old = cells.get(row, column);
        const cel: Cel = { value, formula, numberFormat: numberFormat ?? old.numberFormat, bold: bold ?? old.bold };
        cells.set(row, column, cel);
      },
      setColumnWidth: (name, column, width) => {
        this.sheet(name).columnWidths[column - 1] = width;
      },
      setCharts: (name, charts) => {
        this.sheet(name).charts = structuredClone(charts);
      },
    };
  }
}
