import type { Box, Cel } from '../../sheet';

/**
 * A cell nothing was given: Range.values reads it as '' (Excel.EmptyCellValue), numberFormat
 * as 'General', font.bold as false. The fake's own, frozen, so that nothing writes into it.
 */
export const BLANK: Readonly<Cel> = Object.freeze({ value: null, formula: null, numberFormat: 'General', bold: false });

const isBlank = (cell: Cel) => cell.value === null && cell.formula === null && cell.numberFormat === 'General' && !cell.bold;
const holdsValue = (cell: Readonly<Cel>) => cell.value !== null || cell.formula !== null;

/**
 * A worksheet's cells, row by row as Excel keeps them: only cells that hold something (a value,
 * a formula, a format of their own) take room; every other cell reads as `BLANK`. It answers
 * what Office.js asks of a sheet: a cell, the cells in a box, the formulas, and the used
 * range, with or without the cells that only carry a format (Worksheet.getUsedRange).
 * Written for the in-memory Excel alone: it shares no code with the workbook adapters it stands
 * in for, so that a bug in their cell storage cannot hide in the fake's too.
 */
export class CellStorage {
  private readonly rows = new Map<number, Map<number, Readonly<Cel>>>();
  private readonly formulaRows = new Map<number, Set<number>>();
  private changes = 0;
  private used: { at: number; all?: Box | null; values?: Box | null } = { at: 0 };

  /** The cell itself (not a copy); `BLANK` where nothing is kept. */
  get(row: number, column: number): Readonly<Cel> {
    return this.rows.get(row)?.get(column) ?? BLANK;
  }

  /** Gives a cell its content; a blank cell is let go. */
  set(row: number, column: number, cell: Cel): void {
    this.changes++;
    const kept = this.rows.get(row);
    if (isBlank(cell)) {
      kept?.delete(column);
      if (kept?.size === 0) this.rows.delete(row);
    } else if (kept) kept.set(column, { ...cell });
    else this.rows.set(row, new Map([[column, { ...cell }]]));
    const formulas = this.formulaRows.get(row);
    if (cell.formula !== null) {
      if (formulas) formulas.add(column);
      else this.formulaRows.set(row, new Set([column]));
    } else if (formulas?.delete(column) && formulas.size === 0) this.formulaRows.delete(row);
  }

  /** How many times a cell was set: what is computed from the cells stays valid while it stays the same. */
  get version(): number {
    return this.changes;
  }

  /** Every cell that holds something, as [row, column, cell], in no particular order. */
  cells(): [number, number, Readonly<Cel>][] {
    const out: [number, number, Readonly<Cel>][] = [];
    for (const [row, columns] of this.rows) for (const [column, cell] of columns) out.push([row, column, cell]);
    return out;
  }

  /** The cells that hold something inside a box, as `cells`. */
  cellsIn(box: Box): [number, number, Readonly<Cel>][] {
    const [bottom, right] = [box.top + box.rows, box.left + box.columns];
    const out: [number, number, Readonly<Cel>][] = [];
    const inRows = (row: number, columns: Map<number, Readonly<Cel>>) => {
      for (const [column, cell] of columns) if (column >= box.left && column < right) out.push([row, column, cell]);
    };
    if (box.rows < this.rows.size) {
      for (let row = box.top; row < bottom; row++) {
        const columns = this.rows.get(row);
        if (columns) inRows(row, columns);
      }
    } else for (const [row, columns] of this.rows) if (row >= box.top && row < bottom) inRows(row, columns);
    return out;
  }

  /** The cells holding a formula, as `cells`. */
  formulaCells(): [number, number, Readonly<Cel>][] {
    const out: [number, number, Readonly<Cel>][] = [];
    for (const [row, columns] of this.formulaRows) for (const column of columns) out.push([row, column, this.get(row, column)]);
    return out;
  }

  /**
   * Excel's used range: the smallest box around every cell that holds a value or a formula,
   * and (unless `valuesOnly`) every cell with a format of its own; undefined for a blank sheet.
   * Found once per version of the cells, as Excel keeps it at hand.
   */
  usedBox(valuesOnly: boolean): Box | undefined {
    if (this.used.at !== this.changes) this.used = { at: this.changes };
    const known = valuesOnly ? this.used.values : this.used.all;
    if (known !== undefined) return known ?? undefined;
    const found = this.around(valuesOnly ? holdsValue : () => true);
    if (valuesOnly) this.used.values = found ?? null;
    else this.used.all = found ?? null;
    return found;
  }

  private around(counts: (cell: Readonly<Cel>) => boolean): Box | undefined {
    let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
    for (const [row, columns] of this.rows)
      for (const [column, cell] of columns) {
        if (!counts(cell)) continue;
        [top, bottom] = [Math.min(top, row), Math.max(bottom, row)];
        [left, right] = [Math.min(left, column), Math.max(right, column)];
      }
    return bottom === 0 ? undefined : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}
