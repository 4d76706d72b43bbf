import { applyChanges, type SheetEditor } from './applyChanges';
import { parseA1 } from './address';
import type { CellValue, SheetContent, SheetGrid, WorkbookChanges, WorkbookPort } from './port';
import { LEGE_CEL, usedRange, type Cel } from './usedRange';

/** A sheet given as a 2D block from `top`/`left` (default A1). */
export interface MemorySheetInit {
  values: CellValue[][];
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
  bold?: boolean[][];
  top?: number;
  left?: number;
  columnWidths?: (number | null)[];
}

interface Sheet {
  name: string;
  cells: Map<string, Cel>;
  columnWidths: (number | null)[];
}

const key = (row: number, column: number) => `${row},${column}`;

const isEmpty = (c: Cel) => c.value === null && c.formula === null && c.numberFormat === 'General' && !c.bold;

function toSheet(name: string, init: MemorySheetInit): Sheet {
  const sheet: Sheet = { name, cells: new Map(), columnWidths: [...(init.columnWidths ?? [])] };
  const [top, left] = [init.top ?? 1, init.left ?? 1];
  init.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const cel: Cel = {
        value,
        formula: init.formulas?.[r]?.[c] ?? null,
        numberFormat: init.numberFormats?.[r]?.[c] ?? 'General',
        bold: init.bold?.[r]?.[c] ?? false,
      };
      if (!isEmpty(cel)) sheet.cells.set(key(top + r, left + c), cel);
    }),
  );
  return sheet;
}

/**
 * A workbook in memory (tests, the browser demo). Records every `apply` in `applied`.
 * Sheets keep their order; a replaced sheet keeps its place, a new one goes last.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly applied: WorkbookChanges[] = [];
  /** The cell last selected through `select`, as `Blad!A1`. */
  selected: string | undefined;
  private sheets: Sheet[];

  constructor(sheets: Record<string, MemorySheetInit> = {}) {
    this.sheets = Object.entries(sheets).map(([name, init]) => toSheet(name, init));
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    return names.map((name) => {
      const sheet = this.sheet(name);
      const cells = [...sheet.cells].map(([k, cel]): [number, number, Cel] => {
        const [row, column] = k.split(',').map(Number);
        return [row, column, { ...cel }];
      });
      return usedRange(name, cells, sheet.columnWidths);
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
    return { ...(this.sheet(sheet).cells.get(key(at.row, at.column)) ?? LEGE_CEL) };
  }

  columnWidths(sheet: string): (number | null)[] {
    return [...this.sheet(sheet).columnWidths];
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
        const old = cells.get(key(row, column)) ?? LEGE_CEL;
        const cel: Cel = { value, formula, numberFormat: numberFormat ?? old.numberFormat, bold: bold ?? old.bold };
        if (isEmpty(cel)) cells.delete(key(row, column));
        else cells.set(key(row, column), cel);
      },
      setColumnWidth: (name, column, width) => {
        this.sheet(name).columnWidths[column - 1] = width;
      },
    };
  }
}
