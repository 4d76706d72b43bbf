import { EXCEL_COLUMNS, EXCEL_ROWS } from './limits';

/** `1` → `A`, `28` → `AB`, `16384` → `XFD`: the one conversion of a column number to its letters. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Whether a character code is an ASCII letter, either case. */
export const isLetterCode = (code: number): boolean => (code & ~32) >= 65 && (code & ~32) <= 90;

/**
 * The column of the letters read so far (`column`, 0 before the first) and then the letter
 * `code` (an ASCII letter, either case): the one step of column letters → number, for
 * `columnNumber` and for a reader that reads a file's `r="AB12"` in place a letter at a time.
 */
export const nextColumn = (column: number, code: number): number => column * 26 + (code & ~32) - 64;

/** `A` → 1, `ab` → 28, `XFD` → 16384 (ASCII letters, either case; the caller has found them). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let k = 0; k < letters.length; k++) n = nextColumn(n, letters.charCodeAt(k));
  return n;
}

/** `(7, 5)` → `E7` */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** `E7` → `{ row: 7, column: 5 }`; undefined for anything else. */
export function parseA1(address: string): { row: number; column: number } | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) return undefined;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** Whether `letters` (either case) name a column of Excel's grid: `A` to `XFD`. */
export function isColumn(letters: string): boolean {
  return /^[A-Za-z]{1,3}$/.test(letters) && columnNumber(letters) <= EXCEL_COLUMNS;
}

/** Whether `name` (either case, no `$`) is a cell of Excel's grid, `A1` to `XFD1048576`: `Q1` is, `XFE1`, `A0` and `AAAA1` are not. */
export function isCell(name: string): boolean {
  const at = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  return !!at && isColumn(at[1]) && Number(at[2]) >= 1 && Number(at[2]) <= EXCEL_ROWS;
}

/** `A1:F21` for a grid's used range; empty for an empty grid. */
export function rangeA1(top: number, left: number, rows: number, columns: number): string {
  if (rows === 0 || columns === 0) return '';
  return `${a1(top, left)}:${a1(top + rows - 1, left + columns - 1)}`;
}

/** A rectangle by its 1-based edges. */
export interface RefBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `A1:F20` or `B3` as a box; undefined for anything else. */
export function parseRef(ref: string): RefBox | undefined {
  const [from, to = from] = ref.replace(/\$/g, '').toUpperCase().split(':');
  const [a, b] = [parseA1(from), parseA1(to)];
  return a && b ? { top: a.row, left: a.column, bottom: b.row, right: b.column } : undefined;
}

export function refText(box: RefBox): string {
  const [from, to] = [a1(box.top, box.left), a1(box.bottom, box.right)];
  return from === to ? from : `${from}:${to}`;
}

export function unionBox(a: RefBox | undefined, b: RefBox): RefBox {
  if (!a) return b;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}
