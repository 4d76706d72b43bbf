import { applyChanges, type SheetEditor } from '../../write/applyChanges';
import { CellStore } from './cellStore';
import type { CellStyle, ReadDetail, RowGroup, SheetChart, SheetContent, SheetGrid, WorkbookChanges, WorkbookPort } from '../../port';
import { parseA1, usedRange, withFormatsRight, withStyles, type Cel, type CellLook, type SheetInit } from '../../../sheet';

interface Sheet {
  name: string;
  cells: CellStore;
  columnWidths: (number | null)[];
  /** The add-in's own charts. */
  charts: SheetChart[];
  /** The names of the analyst's charts (the add-in keeps them, and knows nothing else of them). */
  otherCharts: string[];
  /** Each cell's look beyond number format and bold, by `row:column`. */
  looks: Map<string, CellLook>;
  rowGroups: RowGroup[];
  hidden: boolean;
}

/** A cell's whole format in memory: what `CellStyle` holds for this adapter. */
interface MemoryStyle {
  numberFormat: string;
  bold: boolean;
  look?: CellLook;
}

const at = (row: number, column: number) => `${row}:${column}`;

function looksOf(init: SheetInit): Map<string, CellLook> {
  const [top, left] = [init.top ?? 1, init.left ?? 1];
  const looks = new Map<string, CellLook>();
  init.looks?.forEach((row, r) => row.forEach((look, c) => look && looks.set(at(top + r, left + c), { ...look })));
  return looks;
}

const toSheet = (name: string, init: SheetInit): Sheet => ({
  name,
  cells: new CellStore(init),
  columnWidths: [...(init.columnWidths ?? [])],
  charts: [],
  otherCharts: [],
  looks: looksOf(init),
  rowGroups: structuredClone(init.rowGroups ?? []),
  hidden: false,
});

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
      const grid = withFormatsRight(usedRange(name, cells, sheet.columnWidths), cells, detail, sheet.columnWidths);
      const styled = withStyles(grid, detail, (row, column) => ({ adapterStyle: this.style(sheet, row, column) }));
      const outlined = { ...styled, rowGroups: structuredClone(sheet.rowGroups) };
      return sheet.charts.length > 0 ? { ...outlined, charts: structuredClone(sheet.charts) } : outlined;
    });
  }

  async select(blad: string, cel: string): Promise<void> {
    this.sheet(blad);
    this.selected = `${blad}!${cel}`;
  }

  async apply(changes: WorkbookChanges): Promise<void> {
    applyChanges(this.editor(), changes);
    if (changes.toon) await this.select(changes.toon.blad, changes.toon.cel);
    this.applied.push(structuredClone(changes));
  }

  /** A cell by A1 address (`LEGE_CEL` where nothing was ever set). */
  cell(sheet: string, address: string): Cel {
    const at = parseA1(address);
    if (!at) throw new Error(`cell: '${address}' is not an A1 address`);
    return this.sheet(sheet).cells.get(at.row, at.column);
  }

  /** Whether the sheet is hidden (`SheetContent.hidden`). */
  hidden(sheet: string): boolean {
    return this.sheet(sheet).hidden;
  }

  columnWidths(sheet: string): (number | null)[] {
    return [...this.sheet(sheet).columnWidths];
  }

  /** A cell's look beyond number format and bold (`{}` for none). */
  look(sheet: string, address: string): CellLook {
    const cell = parseA1(address)!;
    return { ...this.sheet(sheet).looks.get(at(cell.row, cell.column)) };
  }

  /** The rows the row outline hides (those of its collapsed groups), ascending. */
  hiddenRows(sheet: string): number[] {
    const groups = this.sheet(sheet).rowGroups.filter((g) => g.collapsed !== false);
    return groups.flatMap((g) => Array.from({ length: g.bottom - g.top + 1 }, (_, i) => g.top + i)).sort((a, b) => a - b);
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

  private style(sheet: Sheet, row: number, column: number): MemoryStyle {
    const { numberFormat, bold } = sheet.cells.peek(row, column);
    const look = sheet.looks.get(at(row, column));
    return { numberFormat, bold, ...(look && { look: { ...look } }) };
  }

  // The cell's whole format becomes `style`.
  private restyle(name: string, row: number, column: number, style: MemoryStyle) {
    const sheet = this.sheet(name);
    sheet.cells.set(row, column, { ...sheet.cells.get(row, column), bold: style.bold, numberFormat: style.numberFormat });
    if (style.look) sheet.looks.set(at(row, column), { ...style.look });
    else sheet.looks.delete(at(row, column));
  }

  private editor(): SheetEditor {
    return {
      exists: (name) => this.sheets.some((s) => s.name === name),
      replaceSheet: (content: SheetContent) => {
        const at = this.sheets.findIndex((s) => s.name === content.name);
        const fresh = { ...toSheet(content.name, { values: [] }), hidden: content.hidden ?? (at >= 0 && this.sheets[at].hidden) };
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
      copyFormat: (name, row, column, from) => this.restyle(name, row, column, this.style(this.sheet(name), from.row, from.column)),
      setStyle: (name, row, column, style: CellStyle) => this.restyle(name, row, column, style.adapterStyle as MemoryStyle),
      setRowGroups: (name, groups) => {
        this.sheet(name).rowGroups = structuredClone([...groups]);
      },
    };
  }
}
