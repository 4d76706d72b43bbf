import { eachInitCell, EXCEL_COLUMNS, LEGE_CEL, type Cel, type SheetInit } from '../../../sheet';

// Row and column as one safe integer, by Excel's last column (XFD).
const COLUMNS = EXCEL_COLUMNS;
const key = (row: number, column: number) => (row - 1) * COLUMNS + (column - 1);

const isDefault = (c: Cel) => c.value === null && c.formula === null && c.numberFormat === 'General' && !c.bold;

/** A sheet's cells by 1-based row and column; a cell in its default state is not kept. */
export class CellStore {
  private readonly cells = new Map<number, Cel>();
  private readonly formulas = new Set<number>();
  private changes = 0;

  constructor(init?: SheetInit) {
    if (init) eachInitCell(init, (row, column, cel) => this.set(row, column, cel));
  }

  get(row: number, column: number): Cel {
    return { ...this.peek(row, column) };
  }

  /** The cell itself, not a copy: for reading many cells. */
  peek(row: number, column: number): Readonly<Cel> {
    return this.cells.get(key(row, column)) ?? LEGE_CEL;
  }

  /** How many times a cell was set: a cache of something computed from the cells is valid while it stays the same. */
  get version(): number {
    return this.changes;
  }

  set(row: number, column: number, cel: Cel): void {
    this.changes++;
    const k = key(row, column);
    if (isDefault(cel)) this.cells.delete(k);
    else this.cells.set(k, { ...cel });
    if (cel.formula === null) this.formulas.delete(k);
    else this.formulas.add(k);
  }

  /** Every kept cell as [row, column, cell] (the cells themselves: read them, set changes). */
  entries(): [number, number, Readonly<Cel>][] {
    return [...this.cells].map(([k, cel]) => [...position(k), cel]);
  }

  /** The cells holding a formula, as `entries`. */
  formulaEntries(): [number, number, Readonly<Cel>][] {
    return [...this.formulas].map((k) => [...position(k), this.cells.get(k)!]);
  }
}

const position = (k: number): [number, number] => [Math.floor(k / COLUMNS) + 1, (k % COLUMNS) + 1];
