import { Spills } from './spills';
import type { Box, Cel, CellValue } from '../../sheet';

/**
 * A cell nothing was given: Range.values reads it as '' (Excel.EmptyCellValue), numberFormat
 * as 'General', font.bold as false. The fake's own, frozen, so that nothing writes into it.
 */
export const BLANK: Readonly<Cel> = Object.freeze({ value: null, formula: null, numberFormat: 'General', bold: false });

const same = (a: CellValue, b: CellValue) => a === b || JSON.stringify(a) === JSON.stringify(b);

const isBlank = (cell: Cel) => cell.value === null && cell.formula === null && cell.numberFormat === 'General' && !cell.bold;
const holdsValue = (cell: Readonly<Cel>) => cell.value !== null || cell.formula !== null;

/**
 * A worksheet's cells, row by row as Excel keeps them: only cells that hold something (a value,
 * a formula, a format of their own) take room; every other cell reads as `BLANK`. It answers
 * what Office.js asks of a sheet: a cell, the cells in a box, the formulas, and the used
 * range, with or without the cells that only carry a format (Worksheet.getUsedRange).
 * A dynamic array's spill is kept apart from the cells, as Excel keeps it: the cells it covers
 * stay empty (a format of their own stays theirs) and show its values, in reads and in the
 * used range, until the formula is calculated again, changed or cleared (`spill`).
 * Written for the in-memory Excel alone: it shares no code with the workbook adapters it stands
 * in for, so that a bug in their cell storage cannot hide in the fake's too.
 */
export class CellStorage {
  private readonly rows = new Map<number, Map<number, Readonly<Cel>>>();
  private readonly formulaRows = new Map<number, Set<number>>();
  private changes = 0;
  private used: { at: number; all?: Box | null; values?: Box | null } = { at: 0 };
  private readonly spills = new Spills();

  /** The cell itself (not a copy); `BLANK` where nothing is kept; a copy showing its value where a spill covers it. */
  get(row: number, column: number): Readonly<Cel> {
    const kept = this.rows.get(row)?.get(column) ?? BLANK;
    return this.spills.size === 0 ? kept : this.shown(row, column, kept);
  }

  /**
   * Gives a cell its content; a blank cell is let go. A cell a spill covers, written back with
   * the value it shows (a format given to it), stays empty; a formula changed or cleared loses its spill.
   */
  set(row: number, column: number, cell: Cel): void {
    this.changes++;
    if (this.spills.size > 0) {
      const shows = this.spills.valueAt(row, column);
      if (shows !== undefined && cell.formula === null && same(cell.value, shows)) cell = { ...cell, value: null };
      if (this.spills.spills(row, column) && cell.formula !== this.get(row, column).formula) this.spills.set(row, column, undefined);
    }
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

  /**
   * Spills a formula's values from its cell (the first value is the formula's own, set as its
   * value): the other cells of the block show them. Undefined takes its spill away.
   */
  spill(row: number, column: number, values: CellValue[][] | undefined): void {
    this.changes++;
    this.spills.set(row, column, values);
  }

  /** The values a formula in this cell spills (its own first); undefined when it does not spill. */
  spillOf(row: number, column: number): CellValue[][] | undefined {
    return this.spills.of(row, column);
  }

  /** Whether a block a formula would spill into holds anything besides the formula's own cell (Excel's #SPILL!). */
  spillBlocked(box: Box): boolean {
    return this.spills.blocked(box, (r, c) => holdsValue(this.rows.get(r)?.get(c) ?? BLANK));
  }

  /** Every cell that holds or shows something, as [row, column, cell], in no particular order. */
  cells(): [number, number, Readonly<Cel>][] {
    const out: [number, number, Readonly<Cel>][] = [];
    for (const [row, columns] of this.rows) for (const [column, cell] of columns) out.push([row, column, this.shown(row, column, cell)]);
    return [...out, ...this.spilledOnly(() => true)];
  }

  /** The cells that hold or show something inside a box, as `cells`. */
  cellsIn(box: Box): [number, number, Readonly<Cel>][] {
    const [bottom, right] = [box.top + box.rows, box.left + box.columns];
    const out: [number, number, Readonly<Cel>][] = this.spilledOnly((r, c) => r >= box.top && r < bottom && c >= box.left && c < right);
    const inRows = (row: number, columns: Map<number, Readonly<Cel>>) => {
      for (const [column, cell] of columns)
        if (column >= box.left && column < right) out.push([row, column, this.shown(row, column, cell)]);
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
    const include = (row: number, column: number) => {
      [top, bottom] = [Math.min(top, row), Math.max(bottom, row)];
      [left, right] = [Math.min(left, column), Math.max(right, column)];
    };
    for (const [row, columns] of this.rows) for (const [column, cell] of columns) if (counts(cell)) include(row, column);
    for (const [row, column] of this.spills.corners()) include(row, column);
    return bottom === 0 ? undefined : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** A kept cell as it shows: with the value of the spill that covers it. */
  private shown(row: number, column: number, kept: Readonly<Cel>): Readonly<Cel> {
    const value = this.spills.valueAt(row, column);
    return value === undefined || holdsValue(kept) ? kept : { ...kept, value };
  }

  /** The cells a spill covers that keep nothing of their own, where `inside` says. */
  private spilledOnly(inside: (row: number, column: number) => boolean): [number, number, Readonly<Cel>][] {
    const out: [number, number, Readonly<Cel>][] = [];
    for (const [row, column] of this.spills.cells()) {
      if (inside(row, column) && !this.rows.get(row)?.has(column)) out.push([row, column, this.shown(row, column, BLANK)]);
    }
    return out;
  }
}
