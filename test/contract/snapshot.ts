import type { SheetChart, WorkbookPort } from '../../src/workbook/port';
import { a1 } from '../../src/sheet/address';

export interface CellState {
  value: unknown;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
}

export interface Snapshot {
  sheets: string[];
  cells: Map<string, CellState>;
  widths: Record<string, (number | null)[]>;
  charts: Record<string, SheetChart[]>;
}

/** Every non-empty cell of every sheet, by `Sheet!A1`, plus each sheet's column widths and chart. */
export async function snapshot(port: WorkbookPort): Promise<Snapshot> {
  const sheets = await port.sheetNames();
  const cells = new Map<string, CellState>();
  const widths: Record<string, (number | null)[]> = {};
  const charts: Record<string, SheetChart[]> = {};
  for (const g of await port.readSheets(sheets)) {
    const w = g.columnWidths ?? [];
    let end = w.length; // up to the last column with a width of its own (a sheet reaching XFD has 16.384)
    while (end > 0 && w[end - 1] === null) end--;
    widths[g.name] = w.slice(0, end);
    if (g.charts && g.charts.length > 0) charts[g.name] = g.charts;
    g.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const state = { value, formula: g.formulas[r][c], numberFormat: g.numberFormats[r][c], bold: g.bold?.[r]?.[c] ?? false };
        if (value !== null || state.formula !== null || state.numberFormat !== 'General' || state.bold)
          cells.set(`${g.name}!${a1(g.top + r, g.left + c)}`, state);
      }),
    );
  }
  return { sheets, cells, widths, charts };
}

/** The addresses whose state differs between two snapshots. */
export function changedCells(before: Map<string, CellState>, after: Map<string, CellState>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => JSON.stringify(before.get(k)) !== JSON.stringify(after.get(k))).sort();
}
