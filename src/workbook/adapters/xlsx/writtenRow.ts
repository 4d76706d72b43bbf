import { boldAt } from '../../write/applyChanges';
import type { RenderEdit } from './cellXml';
import { lookAt, type Block, type Edit } from './sheetEdits';

/** The cells written to one row, in column order (k = 0 … count − 1), rendered one at a time. */
export interface WrittenRow {
  readonly count: number;
  /** The column of the k-th written cell. */
  column(k: number): number;
  /** k of the cell written in `column`, or −1. */
  indexOf(column: number): number;
  /** Whether the k-th cell gets a value or a formula (what the dimension holds). */
  filled(k: number): boolean;
  /** The k-th cell's XML, over base cell format `baseXf`. */
  render(k: number, row: number, baseXf: number, render: RenderEdit): string;
}

/** A row written by one block: its cells straight from the block's row, no object per cell. */
export class BlockRow implements WrittenRow {
  readonly count: number;

  constructor(
    private readonly block: Block,
    private readonly r: number,
  ) {
    this.count = block.values[r].length;
  }

  column(k: number): number {
    return this.block.left + k;
  }

  indexOf(column: number): number {
    const k = column - this.block.left;
    return k >= 0 && k < this.count ? k : -1;
  }

  filled(k: number): boolean {
    return this.block.values[this.r][k] !== null || (this.block.formulas?.[this.r]?.[k] ?? null) !== null;
  }

  render(k: number, row: number, baseXf: number, render: RenderEdit): string {
    const { values, formulas, numberFormats, bold, left } = this.block;
    const r = this.r;
    return render(
      row,
      left + k,
      baseXf,
      values[r][k],
      formulas?.[r]?.[k] ?? null,
      numberFormats?.[r]?.[k] ?? null,
      boldAt(bold, r, k),
      lookAt(this.block, r, k),
    );
  }
}

/** A row written by several blocks: their edits merged per cell (SheetEdits.row). */
export class MergedRow implements WrittenRow {
  private readonly columns: number[];

  constructor(private readonly cells: ReadonlyMap<number, Edit>) {
    this.columns = [...cells.keys()].sort((a, b) => a - b);
  }

  get count(): number {
    return this.columns.length;
  }

  column(k: number): number {
    return this.columns[k];
  }

  indexOf(column: number): number {
    return this.cells.has(column) ? this.columns.indexOf(column) : -1;
  }

  filled(k: number): boolean {
    const edit = this.cells.get(this.columns[k])!;
    return edit.value !== null || edit.formula !== null;
  }

  render(k: number, row: number, baseXf: number, render: RenderEdit): string {
    const edit = this.cells.get(this.columns[k])!;
    return render(row, this.columns[k], baseXf, edit.value, edit.formula, edit.numberFormat, edit.bold, edit.look);
  }
}
