import type { CellStyle, ReadDetail, SheetGrid } from './cell';

/**
 * The grid with the whole formats of the cells `detail.styledCells` asks for
 * (`SheetGrid.styles`), each as `styleAt` reads it; the grid itself when none are asked for.
 */
export function withStyles(
  grid: SheetGrid,
  detail: ReadDetail | undefined,
  styleAt: (row: number, column: number) => CellStyle,
): SheetGrid {
  const cells = detail?.styledCells?.(grid);
  if (!cells) return grid;
  const styles = Array.from({ length: cells.count }, (_, i) => styleAt(cells.row, cells.left + i));
  return { ...grid, styles: { row: cells.row, left: cells.left, styles } };
}

/** The style read of a cell (`SheetGrid.styles`), if it was read. */
export function styleRead(grid: SheetGrid | undefined, row: number, column: number): CellStyle | undefined {
  const read = grid?.styles;
  return read && read.row === row ? read.styles[column - read.left] : undefined;
}
