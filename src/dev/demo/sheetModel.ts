import type { FakeExcel } from '../fakeExcel';
import { a1, columnLetter, consecutiveRuns, formatCell, parseA1, splitsVerwijzing, type CellValue } from '../../sheet';

/** A cell as the sheet view shows it. */
export interface ViewCell {
  address: string;
  /** As Excel shows it in the grid, by its number format. */
  shown: string;
  /** As the formula bar shows it: the formula, or the value without grouping. */
  entry: string;
  value: CellValue;
  bold: boolean;
  numeric: boolean;
  /** Text running on over the empty cell to its right, as in Excel. */
  spills: boolean;
  /** Its solid fill (`#RRGGBB`), and whether it has a border all round. */
  fill?: string;
  border: boolean;
}

/** A group of the row outline: its rows, the summary row above them with its +/− button, and whether its rows show. */
export interface ViewGroup {
  summary: number;
  top: number;
  bottom: number;
  expanded: boolean;
}

export interface ViewSheet {
  name: string;
  /** Column letters, from A. */
  columns: { letter: string; widthPx: number }[];
  /** The rows shown (those the outline does not hide), each with its number and a cell per column. */
  rows: ViewCell[][];
  rowNumbers: number[];
  groups: ViewGroup[];
}

const EMPTY_ROWS = 30;
const EMPTY_COLUMNS = 10;
const POINTS_TO_PX = 4 / 3;

/** The text the formula bar shows for a value: numbers in Dutch notation, ungrouped, all digits. */
function entryOf(value: CellValue, formula: string | null): string {
  if (formula !== null) return `=${formula}`;
  if (typeof value === 'number') return String(value).replace('.', ',');
  return formatCell(value, 'General');
}

/**
 * A sheet of the in-memory workbook as a grid to show: its used cells and a margin of empty
 * ones to type in (at least 30 rows by 10 columns).
 */
export function viewSheet(excel: FakeExcel, name: string): ViewSheet {
  const entries = excel.cellEntries(name);
  const lastRow = Math.max(EMPTY_ROWS, ...entries.map(([r]) => r + 3));
  const lastColumn = Math.max(EMPTY_COLUMNS, ...entries.map(([, c]) => c + 1));
  const byAddress = new Map(entries.map(([r, c, cel]) => [a1(r, c), cel]));
  const columns = Array.from({ length: lastColumn }, (_, i) => ({
    letter: columnLetter(i + 1),
    widthPx: Math.round(Math.min(excel.columnWidth(name, i + 1), 400) * POINTS_TO_PX),
  }));
  const hidden = new Set(excel.hiddenRows(name));
  const rowNumbers = Array.from({ length: lastRow }, (_, r) => r + 1).filter((r) => !hidden.has(r));
  const rows = rowNumbers.map((row) =>
    columns.map((_, c): ViewCell => {
      const address = a1(row, c + 1);
      const cel = byAddress.get(address);
      const value = cel?.value ?? null;
      const look = excel.look(name, address);
      return {
        address,
        shown: formatCell(value, cel?.numberFormat),
        entry: entryOf(value, cel?.formula ?? null),
        value,
        bold: cel?.bold ?? false,
        numeric: typeof value === 'number',
        spills: typeof value === 'string' && (byAddress.get(a1(row, c + 2))?.value ?? null) === null,
        ...(look.fill && { fill: look.fill }),
        border: look.border === true,
      };
    }),
  );
  const groups = consecutiveRuns([...excel.outline(name).keys()]).map((run) => ({
    summary: run[0] - 1,
    top: run[0],
    bottom: run[run.length - 1],
    expanded: !run.every((r) => hidden.has(r)),
  }));
  return { name, columns, rows, rowNumbers, groups };
}

/** `Opgave!E7` (or `'NPLV Totaalbeeld'!A1:B2`) → sheet and first cell. */
export function parseSelection(selection: string | undefined): { sheet: string; cell: string } | undefined {
  const gekozen = selection === undefined ? undefined : splitsVerwijzing(selection);
  return gekozen && { sheet: gekozen.blad, cell: gekozen.cel.split(':')[0] };
}

/**
 * Whether a cell of `sheet` is in the selection, as Excel shades a selected range (a row the
 * pane selects: `'NPLV Gevoeligheid'!A8:T8`); no cell for a selection on another sheet.
 */
export function inSelection(selection: string | undefined, sheet: string): (address: string) => boolean {
  const gekozen = selection === undefined ? undefined : splitsVerwijzing(selection);
  if (gekozen?.blad.toLowerCase() !== sheet.toLowerCase()) return () => false;
  const [van, tot = van] = gekozen.cel.split(':').map(parseA1);
  if (!van || !tot) return () => false;
  return (address) => {
    const at = parseA1(address);
    return (
      !!at &&
      at.row >= Math.min(van.row, tot.row) &&
      at.row <= Math.max(van.row, tot.row) &&
      at.column >= Math.min(van.column, tot.column) &&
      at.column <= Math.max(van.column, tot.column)
    );
  };
}
