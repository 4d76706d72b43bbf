import { BlockRow, MergedRow, type WrittenRow } from './writtenRow';
import { boldAt } from '../../write/applyChanges';
import type { BlockWrite, CellValue } from '../../port';
import type { RefBox } from '../../../sheet';
import type { EditLook } from './cellXml';

/** What a write puts in a cell: `numberFormat` null and `bold` undefined keep the cell's own. */
export interface Edit {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  bold: boolean | undefined;
  look?: EditLook;
}

/** A block written to a sheet (a `BlockWrite`, or a sheet's whole content); `fromXf`: the cell format of its `formatFrom` cell. */
export type Block = Omit<BlockWrite, 'sheet'> & { fromXf?: number };

/** The whole format a block gives its cell (r, c), if any. */
export function lookAt(block: Block, r: number, c: number): EditLook | undefined {
  const style = block.styles?.[r]?.[c];
  if (block.fromXf === undefined && !style) return undefined;
  return { ...(block.fromXf !== undefined && { fromXf: block.fromXf }), ...(style && { styleXf: style.adapterStyle as number }) };
}

/**
 * The blocks written to one sheet since it was opened (or replaced), in order, kept as given
 * (not copied, and no object per cell): a cell's edit is put together when it is needed.
 * Where blocks overlap a later one wins, but its null format or absent bold keeps the earlier's.
 */
export class SheetEdits {
  private readonly blocks: Block[] = [];
  private index: Map<number, number[]> | undefined;

  get size(): number {
    return this.blocks.length;
  }

  add(block: Block): void {
    this.blocks.push(block);
    this.index = undefined;
  }

  /** The rows written, ascending. */
  rows(): number[] {
    return [...this.rowIndex().keys()].sort((a, b) => a - b);
  }

  /** The cells written in a row, by column. */
  row(row: number): ReadonlyMap<number, Edit> | undefined {
    const found = this.rowIndex().get(row);
    if (!found) return undefined;
    const cells = new Map<number, Edit>();
    for (const b of found) {
      const { top, left, values, formulas, numberFormats, bold } = this.blocks[b];
      const r = row - top;
      values[r].forEach((value, c) => {
        const before = cells.get(left + c);
        const numberFormat = numberFormats?.[r]?.[c] ?? null;
        const isBold = boldAt(bold, r, c);
        const look = lookAt(this.blocks[b], r, c) ?? before?.look;
        cells.set(left + c, {
          value,
          formula: formulas?.[r]?.[c] ?? null,
          numberFormat: numberFormat ?? before?.numberFormat ?? null,
          bold: isBold ?? before?.bold,
          ...(look && { look }),
        });
      });
    }
    return cells;
  }

  /** The cells written in a row, for writing them out: from its block's row when one block writes it. */
  written(row: number): WrittenRow | undefined {
    const found = this.rowIndex().get(row);
    if (!found) return undefined;
    if (found.length > 1) return new MergedRow(this.row(row)!);
    const block = this.blocks[found[0]];
    return new BlockRow(block, row - block.top);
  }

  /** The box of the cells written with a value or a formula; undefined when there are none. */
  box(): RefBox | undefined {
    let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const row of this.rowIndex().keys()) {
      const cells = this.written(row)!;
      for (let k = 0; k < cells.count; k++) {
        if (!cells.filled(k)) continue;
        [top, bottom] = [Math.min(top, row), Math.max(bottom, row)];
        [left, right] = [Math.min(left, cells.column(k)), Math.max(right, cells.column(k))];
      }
    }
    return top === Infinity ? undefined : { top, left, bottom, right };
  }

  /** Every written cell as [row, column, edit]. */
  *entries(): Generator<[number, number, Edit]> {
    for (const row of this.rows()) for (const [column, edit] of this.row(row)!) yield [row, column, edit];
  }

  // Row → the blocks that write it, in order.
  private rowIndex(): Map<number, number[]> {
    if (!this.index) {
      this.index = new Map();
      this.blocks.forEach((b, i) => {
        for (let r = 0; r < b.values.length; r++) {
          const list = this.index!.get(b.top + r);
          if (list) list.push(i);
          else this.index!.set(b.top + r, [i]);
        }
      });
    }
    return this.index;
  }
}
