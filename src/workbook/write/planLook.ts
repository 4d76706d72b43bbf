import type { BlockWrite, ColumnWidth } from '../port';
import type { Rijwaarden } from './planColumns';
import type { TabelPlaats } from '../read/readInput';
import { cellAt, EXCEL_COLUMNS, fitWidth, isBlank, shownLength, STANDARD_WIDTH, type SheetGrid } from '../../sheet';

/**
 * The header cell whose format a written header takes: the nearest filled cell of the header
 * row left of `column` that is not a written column itself; undefined when there is none.
 */
export function headerSource(
  plaats: Pick<TabelPlaats, 'grid' | 'kop'>,
  column: number,
  written: ReadonlySet<number>,
): { row: number; column: number } | undefined {
  const row = plaats.kop.rij;
  for (let c = column - 1; c >= plaats.grid.left; c--)
    if (!written.has(c) && !isBlank(cellAt(plaats.grid, row, c).value)) return { row, column: c };
  return undefined;
}

/** The header cells of the written columns, whose whole formats a run changes (`ReadDetail.styledCells`). */
export function headerCells(row: number, columns: readonly number[]): { row: number; left: number; count: number } | undefined {
  const inside = columns.filter((c) => c <= EXCEL_COLUMNS);
  if (inside.length === 0) return undefined;
  const [left, right] = [Math.min(...inside), Math.max(...inside)];
  return { row, left, count: right - left + 1 };
}

// A column's width as read (null: the standard width).
const widthOf = (grid: SheetGrid, column: number) => grid.columnWidths?.[column - 1] ?? null;

// The longest a column's numbers show: its largest and its smallest value, formatted.
function longestNumber(rows: Rijwaarden, i: number, numberFormat: string): number {
  let [low, high] = [Infinity, -Infinity];
  for (const rij of rows.rijen) {
    const v = rows.waarde(rij, i);
    if (typeof v !== 'number') continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return high < low ? 0 : Math.max(shownLength(low, numberFormat), shownLength(high, numberFormat));
}

/**
 * The widths that show each written column's header and its values as formatted, where the
 * column is narrower now — a column the analyst made wider stays as it is — and the widths
 * that put back what they were.
 */
export function planWidths(
  plaats: TabelPlaats,
  columns: readonly number[],
  koppen: readonly string[],
  rows: Rijwaarden,
  numberFormat: string,
  metUndo: boolean,
) {
  const widths: ColumnWidth[] = [];
  const undo: ColumnWidth[] = [];
  columns.forEach((column, i) => {
    if (column > EXCEL_COLUMNS) return; // an error of the plan (excelLimits.ts): nothing is written
    const fit = fitWidth([koppen[i].length, longestNumber(rows, i, numberFormat)]);
    const now = widthOf(plaats.grid, column);
    if (fit === null || fit <= (now ?? STANDARD_WIDTH)) return;
    widths.push({ sheet: plaats.blad, column, width: fit });
    if (metUndo) undo.push({ sheet: plaats.blad, column, width: now });
  });
  return { widths, undo };
}

/**
 * The header row of a run of written columns as its own block, in the format of the header row
 * it extends, each cell keeping the number format it has (as read: `formatsRight` right of the used range).
 */
export function headerBlock(plaats: TabelPlaats, left: number, headers: string[], written: ReadonlySet<number>): BlockWrite {
  const from = headerSource(plaats, left, written);
  const row = plaats.kop.rij;
  const own = headers.map((_, i) => (from ? cellAt(plaats.grid, row, left + i).numberFormat : null));
  return { sheet: plaats.blad, top: row, left, values: [headers], numberFormats: [own], ...(from && { formatFrom: from }) };
}
