import { isBlankRead, OFFICE_CELLS, officeGrid, toCharacters, type OfficeCells } from './cells';
import { CHART_PROPERTIES, ownCharts } from './chart';
import type { SheetChart, SheetGrid } from '../../port';

/** A range's place and size, to load. */
export const USED_RANGE = 'rowIndex,columnIndex,rowCount,columnCount';

const NO_CELLS: OfficeCells = { values: [], formulas: [], numberFormat: [] };

/** What the Totaalbeeld's undo needs besides its cells and bold: column widths from A, its charts. */
export interface Dressing {
  columnWidths: (number | null)[];
  /** The add-in's own. */
  charts: SheetChart[];
  /** The names of all its charts (`apply` deletes them when it replaces the sheet). */
  chartNames: string[];
}

/** Queues reading a sheet's column widths (A to the used range's right edge) and charts; the dressing after the sync. */
export function queueDressing(sheet: Excel.Worksheet, used: Excel.Range): (blank: boolean) => Dressing {
  const widths = sheet
    .getRange('A1')
    .getBoundingRect(used)
    .getColumnProperties({ format: { columnWidth: true } });
  const charts = sheet.charts.load(CHART_PROPERTIES);
  return (blank) => ({
    columnWidths: blank ? [] : widths.value.map((c) => (c.format?.columnWidth === undefined ? null : toCharacters(c.format.columnWidth))),
    charts: ownCharts(charts.items),
    chartNames: charts.items.map((c) => c.name),
  });
}

/**
 * What the adapter knows of a sheet before reading its cells: its used range (0 × 0 for a
 * blank sheet) and, as Office gave them, the cells of its rows 1 to `headRows` inside it —
 * where the header row is, and a sample of what a row weighs.
 */
export interface Head {
  /** As the workbook spells it. */
  name: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
  headRows: number;
  cells: OfficeCells;
  /** The last column of the range that holds values or formats (0 for none): formats right of the used range show here. */
  formattedRight: number;
  /** When asked for: the sheet's widths and charts. */
  dressing?: Dressing;
}

/** Queues reading a sheet's head (and dressing, when `dressed`): a few rows, whatever the sheet's size. */
export function queueHead(context: Excel.RequestContext, name: string, headRows: number, dressed = false): () => Head {
  const sheet = context.workbook.worksheets.getItem(name).load('name');
  const used = sheet.getUsedRange(true).load(USED_RANGE);
  const top = used.getIntersectionOrNullObject(sheet.getRange(`1:${headRows}`)).load(OFFICE_CELLS);
  const formatted = sheet.getUsedRangeOrNullObject(false).load('columnIndex,columnCount');
  const dressing = dressed ? queueDressing(sheet, used) : undefined;
  return () => {
    const cells: OfficeCells = top.isNullObject ? NO_CELLS : { values: top.values, formulas: top.formulas, numberFormat: top.numberFormat };
    const blank = isBlankRead(cells);
    return {
      name: sheet.name,
      top: blank ? 1 : used.rowIndex + 1,
      left: blank ? 1 : used.columnIndex + 1,
      rows: blank ? 0 : used.rowCount,
      columns: blank ? 0 : used.columnCount,
      headRows,
      cells: blank ? NO_CELLS : cells,
      formattedRight: formatted.isNullObject ? 0 : formatted.columnIndex + formatted.columnCount,
      ...(dressing && { dressing: dressing(blank) }),
    };
  };
}

/** The head as the port's grid, cut to the sheet's rows 1 to `rows`. */
export function headGrid(head: Head, rows: number): SheetGrid {
  const keep = Math.max(0, rows - head.top + 1);
  const cut = <T>(table: T[][]) => table.slice(0, keep);
  return officeGrid(head.name, head.top, head.left, {
    values: cut(head.cells.values),
    formulas: cut(head.cells.formulas),
    numberFormat: cut(head.cells.numberFormat),
  });
}

/**
 * Lists the sheets and, in the same sync, reads the heads of the sheets in `ahead` (which a
 * recalculation will read next) and Excel's calculation mode (`manual`: Excel calculates
 * only when asked, so values may be stale). A sheet of `ahead` that is not there fails that
 * request (Excel answers no part of it); then it lists the names alone, in a second sync.
 */
export async function listWithHeads(context: Excel.RequestContext, ahead: readonly string[], headRows: number) {
  const sheets = context.workbook.worksheets.load('items/name');
  const heads = ahead.map((name) => queueHead(context, name, headRows));
  const application = context.workbook.application.load('calculationMode');
  try {
    await context.sync();
  } catch (e) {
    if ((e as { code?: string }).code !== 'ItemNotFound' || ahead.length === 0) throw e;
    return listWithHeads(context, [], headRows);
  }
  const read = heads.map((head) => head());
  const manual = application.calculationMode === 'Manual';
  return { names: sheets.items.map((s) => s.name), heads: new Map(read.map((h) => [h.name, h])), manual };
}
