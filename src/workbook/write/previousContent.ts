import { boldAt } from './applyChanges';
import type { BlockWrite, SheetGrid } from '../port';
import { cellAt, styleRead } from '../../sheet';

/**
 * The write that puts back what a block's cells hold now: values, formulas, and the number
 * formats and bold the block changes (where it leaves a cell's format or font, so does the undo),
 * and the whole formats of a block that takes another cell's (`formatFrom`).
 */
export function previousBlock(grid: SheetGrid | undefined, block: BlockWrite): BlockWrite {
  const cells = block.values.map((row, r) => row.map((_, c) => (grid ? cellAt(grid, block.top + r, block.left + c) : undefined)));
  const setsFormat = (r: number, c: number) => (block.numberFormats?.[r]?.[c] ?? null) !== null;
  const bold = block.bold && {
    bold: cells.map((row, r) => row.map((cell, c) => (boldAt(block.bold, r, c) === undefined ? null : (cell?.bold ?? false)))),
  };
  // A block that takes another cell's format puts back each cell's whole format, as read (`SheetGrid.styles`).
  const styles = block.formatFrom && {
    styles: cells.map((row, r) => row.map((_, c) => styleRead(grid, block.top + r, block.left + c) ?? null)),
  };
  return {
    sheet: block.sheet,
    top: block.top,
    left: block.left,
    values: cells.map((row) => row.map((cell) => cell?.value ?? null)),
    formulas: cells.map((row) => row.map((cell) => cell?.formula ?? null)),
    numberFormats: cells.map((row, r) => row.map((cell, c) => (setsFormat(r, c) ? (cell?.numberFormat ?? 'General') : null))),
    ...bold,
    ...styles,
  };
}
