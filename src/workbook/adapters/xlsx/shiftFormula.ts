import { columnLetter, columnNumber, EXCEL_COLUMNS, EXCEL_ROWS } from '../../../sheet';

// Strings, quoted sheet names and bracketed parts are kept; a cell reference (`$B$3`, `c7`)
// not part of a longer name, a function call or a sheet name is moved.
const TOKENS = /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\]|(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(!.])/g;
const NAME_CHAR = /[A-Za-z0-9_.\\]/;

/**
 * A shared formula as it reads in a cell `rows` down and `columns` right of the cell that
 * holds its text: relative references move, absolute ones (`$`) stay — as Excel expands it.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula.replace(
    TOKENS,
    (token: string, colAbs: string | undefined, letters: string | undefined, rowAbs: string, digits: string, at: number) => {
      if (letters === undefined || (at > 0 && NAME_CHAR.test(formula[at - 1]))) return token;
      const column = columnNumber(letters);
      if (column > EXCEL_COLUMNS) return token;
      const [c, r] = [colAbs ? column : column + columns, rowAbs ? Number(digits) : Number(digits) + rows];
      if (c < 1 || r < 1 || c > EXCEL_COLUMNS || r > EXCEL_ROWS) return '#REF!';
      return `${colAbs}${columnLetter(c)}${rowAbs}${r}`;
    },
  );
}
