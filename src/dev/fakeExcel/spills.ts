import type { Box, CellValue } from '../../sheet';

const key = (row: number, column: number) => `${row}:${column}`;

/** Each [row, column] of a box. */
function* boxCells(box: Box): Generator<[number, number]> {
  for (let r = box.top; r < box.top + box.rows; r++) for (let c = box.left; c < box.left + box.columns; c++) yield [r, c];
}

const inside = (box: Box, row: number, column: number) =>
  row >= box.top && row < box.top + box.rows && column >= box.left && column < box.left + box.columns;

/**
 * The spills of a sheet's dynamic-array formulas, apart from its cells as Excel keeps them:
 * the block each formula spills into, and the value each covered cell (not the formula's own)
 * shows while it holds nothing itself.
 */
export class Spills {
  private readonly blocks = new Map<string, { box: Box; values: CellValue[][] }>();
  private readonly shown = new Map<string, CellValue>();

  /** How many cells the spills cover (0: no formula spills). */
  get size(): number {
    return this.shown.size;
  }

  /** The value a spill shows in a cell; undefined where none covers it. */
  valueAt(row: number, column: number): CellValue | undefined {
    return this.shown.get(key(row, column));
  }

  /** Whether the formula in this cell spills. */
  spills(row: number, column: number): boolean {
    return this.blocks.has(key(row, column));
  }

  /** The values a formula in this cell spills (its own first); undefined when it does not spill. */
  of(row: number, column: number): CellValue[][] | undefined {
    return this.blocks.get(key(row, column))?.values;
  }

  /** Sets (or with undefined takes away) the spill of the formula in the top-left cell of `values`' block. */
  set(row: number, column: number, values: CellValue[][] | undefined): void {
    const before = this.blocks.get(key(row, column));
    if (before) for (const [r, c] of boxCells(before.box)) this.shown.delete(key(r, c));
    this.blocks.delete(key(row, column));
    if (!values) return;
    const box = { top: row, left: column, rows: values.length, columns: values[0].length };
    this.blocks.set(key(row, column), { box, values });
    for (const [r, c] of boxCells(box)) if (r !== row || c !== column) this.shown.set(key(r, c), values[r - row][c - column]);
  }

  /**
   * Whether a formula in the block's top-left cell cannot spill into it (Excel's #SPILL!): a
   * cell of it holds something (`holds`), or another formula's spill covers it.
   */
  blocked(box: Box, holds: (row: number, column: number) => boolean): boolean {
    const own = this.blocks.get(key(box.top, box.left))?.box;
    for (const [r, c] of boxCells(box)) {
      if (r === box.top && c === box.left) continue;
      if (holds(r, c) || (this.shown.has(key(r, c)) && !(own && inside(own, r, c)))) return true;
    }
    return false;
  }

  /** Every covered cell, as [row, column]. */
  *cells(): Generator<[number, number]> {
    for (const at of this.shown.keys()) yield at.split(':').map(Number) as [number, number];
  }

  /** The corners of every spill's block, formula cell included. */
  *corners(): Generator<[number, number]> {
    for (const { box } of this.blocks.values()) {
      yield [box.top, box.left];
      yield [box.top + box.rows - 1, box.left + box.columns - 1];
    }
  }
}
