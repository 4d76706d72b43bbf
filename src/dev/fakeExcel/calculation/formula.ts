import { tokensOf, NotCalculated, type CellRef, type Token } from './formulaTokens';
import { unknownName } from './names';
import type { CellValue } from '../../../sheet';

/** A formula cell the fake could not give a value (see `evaluate`): what depends on it has none either. */
export const NO_VALUE: unique symbol = Symbol('no value');

/** A cell's value by sheet (undefined: the formula's own sheet), row and column. */
export type Lookup = (sheet: string | undefined, row: number, column: number) => CellValue | typeof NO_VALUE;

type Fout = { error: string };
type Uitkomst = number | Fout | typeof NO_VALUE;
/** What a part of a formula stands for: a result, or cells (one, or a range inside SUM). */
type Operand = { result: Uitkomst } | { from: CellRef; to: CellRef };

const isFout = (v: unknown): v is Fout => typeof v === 'object' && v !== null && 'error' in v;

// A value in arithmetic, as Excel takes it: empty 0, a boolean 1 or 0, text #VALUE!.
const number = (v: CellValue | typeof NO_VALUE): Uitkomst => {
  if (v === null) return 0;
  if (typeof v === 'number' || v === NO_VALUE || isFout(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return { error: '#VALUE!' };
};

// Excel gives the first error from the left; a value the fake does not know might have been one.
const arithmetic = (a: Uitkomst, b: Uitkomst, f: (x: number, y: number) => Uitkomst): Uitkomst =>
  a === NO_VALUE || isFout(a) ? a : b === NO_VALUE || isFout(b) ? b : f(a, b);

const OPS: Record<string, (x: number, y: number) => Uitkomst> = {
  '+': (x, y) => x + y,
  '-': (x, y) => x - y,
  '*': (x, y) => x * y,
  '/': (x, y) => (y === 0 ? { error: '#DIV/0!' } : x / y),
};

const sign = (token: Token | undefined) => (token && 'sign' in token ? token.sign : undefined);

/**
 * Reads a formula's tokens by Excel's precedence (a sign before * and /, before + and −, left to
 * right) and calculates as it reads: operands stay cells until arithmetic needs their value, so
 * that SUM can tell a reference (whose text and booleans it skips) from a value.
 */
class Calculation {
  private at = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly lookup: Lookup,
  ) {}

  formula(): Uitkomst {
    const result = this.result(this.sum());
    if (this.at !== this.tokens.length) throw new NotCalculated();
    return result;
  }

  private result(operand: Operand): Uitkomst {
    if ('result' in operand) return operand.result;
    const { from, to } = operand;
    return from.row === to.row && from.column === to.column ? number(this.lookup(from.sheet, from.row, from.column)) : { error: '#VALUE!' };
  }

  // Operators of one precedence, left to right; a lone operand stays as it is.
  private chain(ops: string, next: () => Operand): Operand {
    let operand = next();
    for (let op = sign(this.tokens[this.at]); op && ops.includes(op); op = sign(this.tokens[this.at])) {
      this.at++;
      operand = { result: arithmetic(this.result(operand), this.result(next()), OPS[op]) };
    }
    return operand;
  }

  private sum = (): Operand => this.chain('+-', this.product);
  private product = (): Operand => this.chain('*/', this.signed);

  private signed = (): Operand => {
    const op = sign(this.tokens[this.at]);
    if (op !== '-' && op !== '+') return this.primary();
    this.at++;
    const operand = this.signed();
    return op === '+' ? operand : { result: arithmetic(0, this.result(operand), (_, y) => -y) };
  };

  private primary(): Operand {
    const token = this.tokens[this.at++];
    if (token && 'number' in token) return { result: token.number };
    if (token && 'cell' in token) return { from: token.cell, to: token.cell };
    if (sign(token) === '(') return this.closed(this.sum());
    if (token && 'sum' in token) return { result: this.sumFunction() };
    throw new NotCalculated();
  }

  private closed<T>(inside: T): T {
    if (sign(this.tokens[this.at++]) !== ')') throw new NotCalculated();
    return inside;
  }

  // SUM over its arguments (`,` or `;` between them): of a reference the numbers and errors only.
  private sumFunction(): Uitkomst {
    const parts: Uitkomst[] = [];
    if (sign(this.tokens[this.at]) !== ')')
      do parts.push(...this.argument());
      while ([',', ';'].includes(sign(this.tokens[this.at]) ?? '') && ++this.at);
    this.closed(undefined);
    return parts.reduce<Uitkomst>((total, part) => arithmetic(total, part, (x, y) => x + y), 0);
  }

  private argument(): Uitkomst[] {
    const [first, colon, last] = this.tokens.slice(this.at, this.at + 3);
    let operand: Operand;
    if (first && 'cell' in first && sign(colon) === ':') {
      if (!last || !('cell' in last) || (last.cell.sheet !== undefined && last.cell.sheet !== first.cell.sheet)) throw new NotCalculated();
      this.at += 3;
      operand = { from: first.cell, to: { ...last.cell, sheet: first.cell.sheet } };
    } else operand = this.sum();
    if ('result' in operand) return [operand.result];
    const { from, to } = operand;
    const values: Uitkomst[] = [];
    for (let r = from.row; r <= to.row; r++)
      for (let c = from.column; c <= to.column; c++) {
        const v = this.lookup(from.sheet, r, c);
        if (typeof v === 'number' || v === NO_VALUE || isFout(v)) values.push(v);
      }
    return values;
  }
}

/**
 * The arithmetic the fake calculates, as Excel does: numbers, + − * /, brackets, a sign,
 * references to cells of any sheet and SUM over references, ranges and expressions, in binary
 * with Excel's error values. A formula that uses a cell the fake left without a value
 * (`NO_VALUE`) gets none (null), never 0. A formula with a name Excel does not know gets Excel's
 * `#NAME?` (`unknownName`). Anything else is Excel's to calculate, not the fake's (undefined):
 * the cell keeps the value it had — one saved with a file, or none for a formula just entered.
 */
export function evaluate(formula: string, lookup: Lookup): CellValue | undefined {
  try {
    const value = new Calculation(tokensOf(formula.replace(/^\s*=/, '')), lookup).formula();
    return value === NO_VALUE ? null : value;
  } catch (e) {
    if (!(e instanceof NotCalculated)) throw e;
    return unknownName(formula) ? { error: '#NAME?' } : undefined;
  }
}
