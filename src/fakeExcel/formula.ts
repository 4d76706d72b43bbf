import { parseA1 } from '../workbook/address';
import type { CellValue } from '../workbook/port';

/** A cell's value by sheet (undefined: the formula's own sheet), row and column. */
export type Lookup = (sheet: string | undefined, row: number, column: number) => CellValue;

type Fout = { error: string };
type Uitkomst = number | Fout;

class Unsupported extends Error {}

const isFout = (v: unknown): v is Fout => typeof v === 'object' && v !== null && 'error' in v;

// Sticky patterns, tried at the parser's position.
const SPACE = /\s*/y;
const NUMBER = /(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?/iy;
const REF = /(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/y;
const SUM = /SUM\(/iy;

/**
 * The arithmetic the fake calculates: numbers, + − * /, parentheses, references to cells of
 * any sheet and SUM over ranges. Anything else is not calculated (undefined), and the fake
 * keeps the value the cell had.
 */
export function evaluate(formula: string, lookup: Lookup): CellValue | undefined {
  let at = 0;
  const match = (re: RegExp) => {
    SPACE.lastIndex = at;
    SPACE.exec(formula);
    at = SPACE.lastIndex;
    re.lastIndex = at;
    const m = re.exec(formula);
    if (m) at = re.lastIndex;
    return m;
  };
  const op = (chars: string) => match(new RegExp(`[${chars.replace(/[-*/]/g, '\\$&')}]`, 'y'))?.[0];

  const cellsOf = (m: RegExpExecArray): CellValue[] => {
    const sheet = m[1]?.replace(/^'|'$/g, '').replace(/''/g, "'");
    const from = parseA1(`${m[2]}${m[3]}`)!;
    const to = m[4] ? parseA1(`${m[4]}${m[5]}`)! : from;
    const cells: CellValue[] = [];
    for (let r = from.row; r <= to.row; r++) for (let c = from.column; c <= to.column; c++) cells.push(lookup(sheet, r, c));
    return cells;
  };
  const number = (v: CellValue): Uitkomst => {
    if (v === null) return 0;
    if (typeof v === 'number' || isFout(v)) return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    return { error: '#VALUE!' };
  };
  const arithmetic = (a: Uitkomst, b: Uitkomst, f: (x: number, y: number) => Uitkomst): Uitkomst =>
    isFout(a) ? a : isFout(b) ? b : f(a, b);

  function factor(): Uitkomst {
    if (op('-')) return arithmetic(0, factor(), (_, y) => -y);
    if (op('+')) return factor();
    if (match(SUM)) {
      let total: Uitkomst = 0;
      do {
        const ref = match(REF);
        const parts = ref ? cellsOf(ref).filter((v) => typeof v === 'number' || isFout(v)).map(number) : [expression()];
        for (const part of parts) total = arithmetic(total, part, (x, y) => x + y);
      } while (op(','));
      if (!op(')')) throw new Unsupported();
      return total;
    }
    if (op('(')) {
      const v = expression();
      if (!op(')')) throw new Unsupported();
      return v;
    }
    const n = match(NUMBER);
    if (n) return Number(n[0]);
    const ref = match(REF);
    if (ref && !ref[4]) return number(cellsOf(ref)[0]);
    throw new Unsupported();
  }
  function term(): Uitkomst {
    let v = factor();
    for (let o = op('*/'); o; o = op('*/')) {
      const rhs = factor();
      v = arithmetic(v, rhs, (x, y) => (o === '*' ? x * y : y === 0 ? { error: '#DIV/0!' } : x / y));
    }
    return v;
  }
  function expression(): Uitkomst {
    let v = term();
    for (let o = op('+-'); o; o = op('+-')) {
      const rhs = term();
      v = arithmetic(v, rhs, (x, y) => (o === '+' ? x + y : x - y));
    }
    return v;
  }

  try {
    const v = expression();
    SPACE.lastIndex = at;
    SPACE.exec(formula);
    return SPACE.lastIndex === formula.length ? v : undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
