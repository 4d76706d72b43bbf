import type { TotaalbeeldLayout } from '../workbook';
import { formatCell } from '../sheet';

/**
 * The Totaalbeeld (the very rows of the sheet) as a text table: labels left, amounts right,
 * columns as wide as their content. A row with one cell (a title) is not aligned.
 */
export function printLayout(layout: TotaalbeeldLayout): string {
  const texts = layout.rows.map((row) => row.cells.map((c, i) => formatCell(c, row.formats?.[i])));
  // Each table (rows between blank lines) gets its own column widths; one-cell rows (titles,
  // group labels) do not count.
  const widthsOf: number[][] = [];
  const numericOf: Set<number>[] = [];
  let widths: number[] = [];
  let numeric = new Set<number>();
  texts.forEach((cells, r) => {
    if (cells.length === 0) [widths, numeric] = [[], new Set()];
    else if (cells.length > 1) cells.forEach((t, i) => (widths[i] = Math.max(widths[i] ?? 0, t.length)));
    layout.rows[r].cells.forEach((c, i) => typeof c === 'number' && numeric.add(i));
    [widthsOf[r], numericOf[r]] = [widths, numeric];
  });
  return texts
    .map((cells, r) => {
      if (cells.length <= 1) return cells[0] ?? '';
      const w = widthsOf[r];
      return cells
        .map((t, i) => (numericOf[r].has(i) ? t.padStart(w[i]) : t.padEnd(w[i])))
        .join('  ')
        .trimEnd();
    })
    .join('\n');
}
