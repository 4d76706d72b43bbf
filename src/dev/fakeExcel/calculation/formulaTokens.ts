import { bladUitVerwijzing, isCell, parseA1 } from '../../../sheet';

/** A cell a formula names: its sheet (undefined: the formula's own), 1-based row and column. */
export interface CellRef {
  sheet?: string;
  row: number;
  column: number;
}

/** A piece of a formula the fake calculates: a number, a cell, `SUM(` or one of `+ - * / ( ) , ; :`. */
export type Token = { number: number } | { cell: CellRef } | { sum: true } | { sign: string };

/** A formula with a piece the fake does not calculate: Excel's to calculate. */
export class NotCalculated extends Error {}

const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
// `E7`, `$E$7`, `Dekking!E7`, `'Mijn blad'!E7` (`''` a quote in the name); not a function's name.
const CELL = /(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})(?![\w(])/y;
const SUM = /SUM\s*\(/iy;
const SIGN = /[-+*/(),;:]/y;
const SPACE = /\s*/y;

/** The cell a match of CELL names; NotCalculated past XFD1048576 or in row 0. */
function cellOf([, name, letters, digits]: RegExpExecArray): CellRef {
  const address = `${letters.toUpperCase()}${digits}`;
  if (!isCell(address)) throw new NotCalculated();
  const { row, column } = parseA1(address)!;
  return name === undefined ? { row, column } : { sheet: bladUitVerwijzing(name), row, column };
}

/** A formula (without its `=`) as tokens; NotCalculated at anything else. */
export function tokensOf(formula: string): Token[] {
  const found: Token[] = [];
  const at = (pattern: RegExp, from: number) => ((pattern.lastIndex = from), pattern.exec(formula));
  let i = 0;
  for (;;) {
    i = (at(SPACE, i), SPACE.lastIndex);
    if (i >= formula.length) return found;
    let m: RegExpExecArray | null;
    if ((m = at(NUMBER, i))) found.push({ number: Number(m[0]) });
    else if ((m = at(CELL, i))) found.push({ cell: cellOf(m) });
    else if ((m = at(SUM, i))) found.push({ sum: true });
    else if ((m = at(SIGN, i))) found.push({ sign: m[0] });
    else throw new NotCalculated();
    i += m[0].length;
  }
}
