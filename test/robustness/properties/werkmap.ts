import { parseA1 } from '../../../src/sheet/address';
import type { CellValue } from '../../../src/workbook/port';

/** A formula with the result an adapter shows before it recalculates (its cached value). */
export interface Formule {
  formula: string;
  result: CellValue;
}

/**
 * A sheet of a random workbook: values from A1 (rows may be ragged), and by A1 address its
 * formulas, number formats and bold cells (these may lie on empty cells too); column widths
 * in characters from column A (null = standard width).
 */
export interface Blad {
  name: string;
  rows: CellValue[][];
  formulas: Record<string, Formule>;
  numberFormats: Record<string, string>;
  bold: string[];
  columnWidths: (number | null)[];
}

/** Where an input table of the add-in sits: its sheet and 1-based header row, as built. */
export interface Tabel {
  blad: string;
  kopRij: number;
}

/**
 * A random workbook: its sheets in tab order, and where the Opgave and Dekking tables are.
 * The header rows are known because the generators keep them (no random row or cell spells
 * a header); a mutation may still break them, and then the run has errors.
 */
export interface Werkmap {
  bladen: Blad[];
  opgave: Tabel;
  dekking: Tabel;
}

export const blad = (name: string, rows: CellValue[][]): Blad => ({
  name,
  rows,
  formulas: {},
  numberFormats: {},
  bold: [],
  columnWidths: [],
});

/** The number of rows and columns a sheet spans with everything it holds (values, formats, bold, formulas). */
export function omvang(b: Blad): { rows: number; columns: number } {
  const places = [...Object.keys(b.formulas), ...Object.keys(b.numberFormats), ...b.bold].map((a) => parseA1(a)!);
  return {
    rows: Math.max(b.rows.length, ...places.map((p) => p.row)),
    columns: Math.max(0, ...b.rows.map((r) => r.length), ...places.map((p) => p.column)),
  };
}

/** The used range as Excel counts it (cells holding a value or formula), from A1: its last row and column. */
export function waardeVak(b: Blad): { rows: number; columns: number } {
  const laatste = (r: CellValue[]) => r.reduce<number>((n, v, i) => (v !== null ? i + 1 : n), 0);
  const rows = b.rows.reduce((n, r, i) => (laatste(r) > 0 ? i + 1 : n), 0);
  return { rows, columns: Math.max(0, ...b.rows.map(laatste)) };
}

/**
 * A deep copy of plain data (arrays, objects, numbers including NaN and -0). Not
 * structuredClone: under jest its copies come from another realm, and fast-check then prints
 * a counterexample as `[object Object]`.
 */
export function kopie<T>(x: T): T {
  if (Array.isArray(x)) return x.map(kopie) as T;
  if (x !== null && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, kopie(v)])) as T;
  return x;
}
