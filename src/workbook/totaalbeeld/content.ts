import type { LayoutRij, TotaalbeeldLayout } from './types';
import type { SheetChart, SheetContent } from '../port';
import { withOwnedCellsLine } from './ownedCells';
import { a1, fitWidth, type RefBox, largest, shownLength } from '../../sheet';

// Whether a cell counts for its column's width: titles and a plain row's closing text overflow.
function counts(row: LayoutRij, i: number): boolean {
  const filled = row.cells.filter((c) => c !== null).length;
  const last = i === row.cells.length - 1 && typeof row.cells[i] === 'string';
  return filled > 1 && !(last && !row.bold && i > 0);
}

/** Column widths that fit the content (in characters). */
export function fitWidths(rows: readonly LayoutRij[]): (number | null)[] {
  const columns = largest(rows.map((r) => r.cells.length), 0);
  return Array.from({ length: columns }, (_, i) => fitWidth(rows.filter((r) => counts(r, i)).map((r) => shownLength(r.cells[i] ?? null, r.formats?.[i]))));
}

// The layout's chart block from A1, the chart itself one column right of the sheet's content.
function chartOf({ title, row, rows, columns }: NonNullable<TotaalbeeldLayout['chart']>, width: number): SheetChart {
  return { title, type: 'columnClustered', source: { top: row + 1, left: 1, rows, columns }, anchor: a1(row + 1, width + 2) };
}

/**
 * The NPLV Totaalbeeld sheet: the layout from A1 as a rectangle, numbers with their formats,
 * bold rows, the chart, and a last line naming the add-in's cells (`ownedCells`, ownedCells.ts).
 */
export function totaalbeeldSheet(layout: TotaalbeeldLayout, name: string): SheetContent & { ownedCells: RefBox[] } {
  const { rows, ownedCells } = withOwnedCellsLine(layout.rows);
  const columns = largest(rows.map((r) => r.cells.length), 1);
  const pad = <T>(cells: readonly T[] | undefined, empty: T): T[] =>
    Array.from({ length: columns }, (_, i) => cells?.[i] ?? empty);
  return {
    name,
    values: rows.map((r) => pad(r.cells, null)),
    numberFormats: rows.map((r) => pad(r.formats, null)),
    bold: rows.map((r) => pad(r.cells.map(() => r.bold ?? false), false)),
    columnWidths: fitWidths(layout.rows),
    ...(layout.chart && { chart: chartOf(layout.chart, columns) }),
    ownedCells,
  };
}
