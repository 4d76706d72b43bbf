import type { CellValue, RowGroup } from './cell';
import type { Cel } from './usedRange';

/**
 * A sheet given as 2D blocks from `top`/`left` (default A1): how tests, the bench and the demo
 * fill a workbook, the in-memory adapter and the in-memory Excel alike. A missing entry of
 * `formulas`, `numberFormats` or `bold` is none, `General`, not bold.
 */
export interface SheetInit {
  values: CellValue[][];
  formulas?: (string | null)[][];
  numberFormats?: (string | null)[][];
  bold?: boolean[][];
  top?: number;
  left?: number;
  /** Per column from column 1, in the unit of the one filled (points for the in-memory Excel); null = default width. */
  columnWidths?: (number | null)[];
  /** Per cell, its look beyond number format and bold (a styled header row); null or missing: none. */
  looks?: (CellLook | null)[][];
  /** The row outline (level 1, summary above). */
  rowGroups?: RowGroup[];
}

/**
 * A cell's look beyond its number format and bold, as tests and the demo give and read it:
 * a solid fill (`#RRGGBB`), a thin border all round, italic, a font colour (`#RRGGBB`).
 */
export interface CellLook {
  fill?: string;
  border?: boolean;
  italic?: boolean;
  fontColor?: string;
}

/** Visits every entry of the blocks with its 1-based row and column and its cell (a blank one too). */
export function eachInitCell(init: SheetInit, visit: (row: number, column: number, cell: Cel) => void): void {
  const [top, left] = [init.top ?? 1, init.left ?? 1];
  init.values.forEach((row, r) =>
    row.forEach((value, c) =>
      visit(top + r, left + c, {
        value,
        formula: init.formulas?.[r]?.[c] ?? null,
        numberFormat: init.numberFormats?.[r]?.[c] ?? 'General',
        bold: init.bold?.[r]?.[c] ?? false,
      }),
    ),
  );
}
