import type { LayoutChart, LayoutRij, TotaalbeeldLayout } from './types';
import type { SheetChart, SheetContent } from '../port';
import { withOwnedCellsLine } from './ownedCells';
import { CHART_SIZE } from './layout';
import { a1, fitWidth, type RefBox, largest, shownLength } from '../../sheet';

// Whether a cell counts for its column's width: titles and a plain row's closing text overflow.
function counts(row: LayoutRij<unknown>, i: number): boolean {
  const filled = row.cells.filter((c) => c !== null).length;
  const last = i === row.cells.length - 1 && typeof row.cells[i] === 'string';
  return filled > 1 && !(last && !row.bold && i > 0);
}

/** Column widths that fit the content (in characters). */
export function fitWidths(rows: readonly LayoutRij<unknown>[]): (number | null)[] {
  const columns = largest(
    rows.map((r) => r.cells.length),
    0,
  );
  return Array.from({ length: columns }, (_, i) =>
    fitWidth(rows.filter((r) => counts(r, i)).map((r) => shownLength(r.cells[i] ?? null, r.formats?.[i]))),
  );
}

// A layout chart on the sheet from A1: 0-based layout places become 1-based cells.
function sheetChart(chart: LayoutChart, rows: readonly LayoutRij<unknown>[]): SheetChart {
  const { title, headerRow, firstRow, labelColumn, seriesColumns, anchor } = chart;
  const size = chart.size ?? CHART_SIZE;
  const name = (column: number) => rows[headerRow]?.cells[column];
  const valueFormat = chart.valueFormat ?? rows[firstRow]?.formats?.[seriesColumns[0]] ?? undefined;
  return {
    title,
    type: chart.type ?? 'columnClustered',
    categories: { top: firstRow + 1, column: labelColumn + 1, rows: chart.rows },
    series: seriesColumns.map((c) => ({ name: String(name(c) ?? ''), column: c + 1 })),
    nameRow: headerRow + 1,
    anchor: a1(anchor.row + 1, anchor.column + 1),
    to: a1(anchor.row + size.rows, anchor.column + size.columns),
    ...(valueFormat && { valueFormat }),
  };
}

/**
 * The NPLV Totaalbeeld sheet: the layout from A1 as a rectangle, numbers with their formats,
 * bold rows, the charts, the gebieden folded under their onderdeel (row groups, collapsed), and
 * a last line naming the add-in's cells (`ownedCells`, ownedCells.ts; `staart` ends it). The
 * NPLV Vergelijking sheet is made the same way.
 */
export function totaalbeeldSheet(
  layout: TotaalbeeldLayout<unknown>,
  name: string,
  staart?: string,
): SheetContent & { ownedCells: RefBox[] } {
  const { rows, ownedCells } = withOwnedCellsLine(layout.rows, staart);
  const columns = largest(
    rows.map((r) => r.cells.length),
    1,
  );
  const pad = <T>(cells: readonly T[] | undefined, empty: T): T[] => Array.from({ length: columns }, (_, i) => cells?.[i] ?? empty);
  return {
    name,
    values: rows.map((r) => pad(r.cells, null)),
    numberFormats: rows.map((r) => pad(r.formats, null)),
    bold: rows.map((r) =>
      pad(
        r.cells.map(() => r.bold ?? false),
        false,
      ),
    ),
    columnWidths: fitWidths(layout.rows),
    charts: (layout.charts ?? []).map((c) => sheetChart(c, layout.rows)),
    // Always a list, so that a run without gebieden removes the outline of one with them.
    rowGroups: (layout.rowGroups ?? []).map(({ first, count }) => ({ top: first + 1, bottom: first + count, collapsed: true })),
    ownedCells,
  };
}
