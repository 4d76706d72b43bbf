import { boldAt } from './applyChanges';
import type { BlockWrite, SheetGrid } from '../port';
import { cellAt } from '../../sheet';

/**
 * The write that puts back what a block's cells hold now: values, formulas, and the number
 * formats and bold the block changes (where it leaves a cell's format or font, so does the undo).
 */
export function previousBlock(grid: SheetGrid | undefined, block: BlockWrite): BlockWrite {
  const cells = block.values.map((row, r) =>
    row.map((_, c) => (grid ? cellAt(grid, block.top + r, block.left + c) : undefined)),
  );
  const setsFormat = (r: number, c: number) => (block.numberFormats?.[r]?.[c] ?? null) !== null;
  const bold = block.bold && { bold: cells.map((row, r) => row.map((cell, c) => (boldAt(block.bold, r, c) === undefined ? null : cell?.bold ?? false))) };
  return {
    sheet: block.sheet,
    top: block.top,
    left: block.left,
    values: cells.map((row) => row.map((cell) => cell?.value ?? null)),
    formulas: cells.map((row) => row.map((cell) => cell?.formula ?? null)),
    numberFormats: cells.map((row, r) => row.map((cell, c) => (setsFormat(r, c) ? cell?.numberFormat ?? 'General' : null))),
    ...bold,
  };
}
