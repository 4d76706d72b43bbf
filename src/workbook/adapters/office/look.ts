import { toCharacters, toPoints } from './cells';
import type { Listing } from './listing';
import type { CellStyle, ColumnWidth, ReadDetail, RowGroup, RowGroupsChange, SheetGrid } from '../../port';
import { withStyles } from '../../../sheet';

/**
 * What the Office adapter reads of a cell's format for undo (`CellStyle`) and writes back with
 * `setCellProperties`: font, fill and borders (ExcelApi 1.9).
 */
export const CELL_LOOK: Excel.CellPropertiesLoadOptions = {
  format: {
    font: { bold: true, italic: true, color: true, name: true, size: true },
    fill: { color: true, pattern: true },
    borders: { style: true, color: true, weight: true },
  },
};

/** The cell properties of a row of styles read (`setCellProperties` leaves a cell with `{}`). */
export const cellProperties = (styles: readonly (readonly (CellStyle | null)[])[]) =>
  styles.map((row) => row.map((s) => (s?.adapterStyle ?? {}) as Excel.SettableCellProperties));

/**
 * Office.js cannot read a sheet's row outline: the adapter keeps the outline it made in a
 * worksheet custom property (ExcelApi 1.12), to take it apart again and to read it back.
 */
export const OUTLINE_PROPERTY = 'NPLV.rijgroepen';

export function parseOutline(value: string | undefined): RowGroup[] {
  try {
    const groups: unknown = value === undefined ? [] : JSON.parse(value);
    return Array.isArray(groups) ? groups.filter((g): g is RowGroup => Number.isInteger(g?.top) && Number.isInteger(g?.bottom)) : [];
  } catch {
    return [];
  }
}

/** Queues a column's width (characters → points; null: the standard width). */
export function queueWidth(sheet: Excel.Worksheet, { column, width }: ColumnWidth): void {
  const format = sheet.getRangeByIndexes(0, column - 1, 1, 1).format;
  if (width === null) format.useStandardWidth = true;
  else format.columnWidth = toPoints(width);
}

/** Queues the outline becoming `groups`: the adapter's old groups shown and ungrouped, the new ones grouped (and collapsed), and kept in the custom property. */
export function queueOutline(sheet: Excel.Worksheet, { groups }: RowGroupsChange, old: readonly RowGroup[]): void {
  const rows = (g: RowGroup) => sheet.getRange(`${g.top}:${g.bottom}`);
  for (const g of old) {
    rows(g).showGroupDetails('ByRows');
    rows(g).ungroup('ByRows');
  }
  for (const g of groups) {
    rows(g).group('ByRows');
    if (g.collapsed !== false) rows(g).hideGroupDetails('ByRows');
  }
  sheet.customProperties.add(OUTLINE_PROPERTY, JSON.stringify(groups));
}

/** The sheets whose outline a change sets: the listing must know their old one. */
export const outlineSheets = (changes: { rowGroups?: RowGroupsChange[]; sheets: { name: string; rowGroups?: RowGroup[] }[] }) => [
  ...(changes.rowGroups ?? []).map((g) => g.sheet),
  ...changes.sheets.map((s) => s.name),
];

export const oldOutline = (listing: Listing, sheet: string) => listing.rowGroups?.get(sheet) ?? [];

/** What a recalculation reads of an input sheet besides its cells: the widths of its columns from A, and the whole formats of its header cells. */
export interface SheetLook {
  /** Columns from A whose widths to read (0: none). */
  widths: number;
  styled?: { row: number; left: number; count: number };
  read?: { widths?: (number | null)[]; styles?: { row: number; left: number; styles: CellStyle[] } };
}

/** Queues reading a sheet's look; records it after the sync. */
export function queueLook(sheet: Excel.Worksheet, look: SheetLook): () => void {
  const widths =
    look.widths > 0 ? sheet.getRangeByIndexes(0, 0, 1, look.widths).getColumnProperties({ format: { columnWidth: true } }) : undefined;
  const s = look.styled;
  const styles = s ? sheet.getRangeByIndexes(s.row - 1, s.left - 1, 1, s.count).getCellProperties(CELL_LOOK) : undefined;
  return () => {
    look.read = {
      ...(widths && { widths: widths.value.map((c) => (c.format?.columnWidth === undefined ? null : toCharacters(c.format.columnWidth))) }),
      ...(s && styles && { styles: { row: s.row, left: s.left, styles: styles.value[0].map((c) => ({ adapterStyle: c })) } }),
    };
  };
}

/**
 * For a sheet read whole before its header row is known: queues reading the widths of its
 * columns from A to the right edge of `span`, and (with a detail that asks for header cells'
 * formats) the formats of its rows 1 to `headRows` over those columns; gives the grid with its
 * widths and the styles `styledCells` asks for, after the sync.
 */
export function queueHeadLook(sheet: Excel.Worksheet, span: Excel.Range, detail: ReadDetail | undefined): (grid: SheetGrid) => SheetGrid {
  const area = sheet.getRange('A1').getBoundingRect(span);
  const widths = area.getColumnProperties({ format: { columnWidth: true } });
  const head =
    detail?.styledCells && detail.headRows > 0 ? area.getIntersectionOrNullObject(sheet.getRange(`1:${detail.headRows}`)) : undefined;
  const formats = head?.getCellProperties(CELL_LOOK);
  return (grid) => {
    const columnWidths = widths.value.map((c) => (c.format?.columnWidth === undefined ? null : toCharacters(c.format.columnWidth)));
    const read = { ...grid, columnWidths };
    return formats ? withStyles(read, detail, (row, column) => ({ adapterStyle: formats.value[row - 1]?.[column - 1] ?? {} })) : read;
  };
}
