import type { CellValue } from '../port';

/** What a write puts in a cell: `numberFormat` null and `bold` undefined keep the cell's own. */
export interface Edit {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  bold: boolean | undefined;
}

/** The cells written to one sheet since it was opened (or replaced), by row and column. */
export class SheetEdits {
  private readonly byRow = new Map<number, Map<number, Edit>>();

  get size(): number {
    return this.byRow.size;
  }

  /** A later write of a cell wins; its null format or undefined bold keeps the earlier write's. */
  set(row: number, column: number, edit: Edit): void {
    let cells = this.byRow.get(row);
    if (!cells) this.byRow.set(row, (cells = new Map()));
    const before = cells.get(column);
    cells.set(column, before ? { ...edit, numberFormat: edit.numberFormat ?? before.numberFormat, bold: edit.bold ?? before.bold } : edit);
  }

  row(row: number): ReadonlyMap<number, Edit> | undefined {
    return this.byRow.get(row);
  }

  /** The rows written, ascending. */
  rows(): number[] {
    return [...this.byRow.keys()].sort((a, b) => a - b);
  }

  /** The columns written in a row, ascending. */
  static columns(cells: ReadonlyMap<number, Edit>): number[] {
    return [...cells.keys()].sort((a, b) => a - b);
  }

  /** Every written cell as [row, column, edit]. */
  *entries(): Generator<[number, number, Edit]> {
    for (const [row, cells] of this.byRow) for (const [column, edit] of cells) yield [row, column, edit];
  }
}
