import { cellAt, width } from '../../src/sheet/grid';
import type { SheetGrid } from '../../src/workbook/port';

/**
 * A grid as the rectangle of its used range, every cell read through `cellAt`: rows may end
 * at their last cell and empty rows be one shared row (port.ts), so a test compares this.
 */
export function dense(g: SheetGrid) {
  const w = width(g);
  const cells = g.values.map((_, r) => Array.from({ length: w }, (_, c) => cellAt(g, g.top + r, g.left + c)));
  return {
    values: cells.map((row) => row.map((c) => c.value)),
    formulas: cells.map((row) => row.map((c) => c.formula)),
    numberFormats: cells.map((row) => row.map((c) => c.numberFormat)),
    bold: cells.map((row) => row.map((c) => c.bold)),
  };
}
