import { cellAt, rightColumn } from './grid';
import type { BlockWrite, SheetContent, SheetGrid } from './port';

/**
 * The write that puts back what a block's cells hold now: values, formulas, and the number
 * formats the block changes (where it leaves a cell's format, so does the undo).
 */
export function previousBlock(grid: SheetGrid | undefined, block: BlockWrite): BlockWrite {
  const cells = block.values.map((row, r) =>
    row.map((_, c) => (grid ? cellAt(grid, block.top + r, block.left + c) : undefined)),
  );
  const setsFormat = (r: number, c: number) => (block.numberFormats?.[r]?.[c] ?? null) !== null;
  return {
    sheet: block.sheet,
    top: block.top,
    left: block.left,
    values: cells.map((row) => row.map((cell) => cell?.value ?? null)),
    formulas: cells.map((row) => row.map((cell) => cell?.formula ?? null)),
    numberFormats: cells.map((row, r) => row.map((cell, c) => (setsFormat(r, c) ? cell?.numberFormat ?? 'General' : null))),
  };
}

/** A sheet's whole content from A1 and its chart, as read, for putting it back wholesale. */
export function previousSheet(grid: SheetGrid): SheetContent {
  const rows = grid.top - 1 + grid.values.length;
  const columns = rightColumn(grid);
  const table = <T>(pick: (cell: ReturnType<typeof cellAt>) => T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => pick(cellAt(grid, r + 1, c + 1))));
  return {
    name: grid.name,
    values: table((cell) => cell.value),
    formulas: table((cell) => cell.formula),
    numberFormats: table((cell) => cell.numberFormat),
    bold: table((cell) => cell.bold),
    ...(grid.columnWidths && { columnWidths: grid.columnWidths }),
    ...(grid.chart && { chart: grid.chart }),
  };
}
