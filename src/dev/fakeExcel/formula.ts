import { unknownName } from './names';
import { formulaTree, type FormulaTree, type Ref, type CellValue } from '../../workbook';

/** A formula cell the fake could not give a value (see `evaluate`): what depends on it has none either. */
export const NO_VALUE: unique symbol = Symbol('no value');

/** A cell's value by sheet (undefined: the formula's own sheet), row and column. */
export type Lookup = (sheet: string | undefined, row: number, column: number) => CellValue | typeof NO_VALUE;

type Fout = { error: string };
type Uitkomst = number | Fout | typeof NO_VALUE;

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

function cellsOf(lookup: Lookup, from: Ref, to: Ref): (CellValue | typeof NO_VALUE)[] {
  const cells: (CellValue | typeof NO_VALUE)[] = [];
  for (let r = from.row; r <= to.row; r++) for (let c = from.column; c <= to.column; c++) cells.push(lookup(from.blad, r, c));
  return cells;
}

const OPS: Record<'+' | '-' | '*' | '/', (x: number, y: number) => Uitkomst> = {
  '+': (x, y) => x + y,
  '-': (x, y) => x - y,
  '*': (x, y) => x * y,
  '/': (x, y) => (y === 0 ? { error: '#DIV/0!' } : x / y),
};

function uitkomst(tree: FormulaTree, lookup: Lookup): Uitkomst {
  switch (tree.kind) {
    case 'number':
      return Number(tree.text);
    case 'ref':
      return number(lookup(tree.ref.blad, tree.ref.row, tree.ref.column));
    case 'range':
      return { error: '#VALUE!' };
    case 'negate':
      return arithmetic(0, uitkomst(tree.of, lookup), (_, y) => -y);
    case 'op':
      return arithmetic(uitkomst(tree.left, lookup), uitkomst(tree.right, lookup), OPS[tree.op]);
    case 'sum': {
      // SUM skips text, booleans and empty cells of its references; an error in them is its result.
      const parts = tree.args.flatMap<Uitkomst>((arg) =>
        arg.kind === 'range' || arg.kind === 'ref'
          ? cellsOf(lookup, arg.kind === 'ref' ? arg.ref : arg.from, arg.kind === 'ref' ? arg.ref : arg.to).filter((v) => typeof v === 'number' || v === NO_VALUE || isFout(v)).map(number)
          : [uitkomst(arg, lookup)],
      );
      return parts.reduce<Uitkomst>((total, part) => arithmetic(total, part, (x, y) => x + y), 0);
    }
  }
}

/**
 * The arithmetic the fake calculates, as Excel does (`formulaTree`: numbers, + − * /,
 * parentheses, references to cells of any sheet and SUM over ranges), in binary with Excel's
 * error values. A formula that uses a cell the fake left without a value (`NO_VALUE`) gets
 * none (null), never 0. A formula with a name Excel does not know gets Excel's `#NAME?`
 * (`unknownName`). Anything else is Excel's to calculate, not the fake's (undefined): the cell
 * keeps the value it had — one saved with a file, or none for a formula just entered.
 */
export function evaluate(formula: string, lookup: Lookup): CellValue | undefined {
  const tree = formulaTree(formula);
  if (!tree) return unknownName(formula) ? { error: '#NAME?' } : undefined;
  const value = uitkomst(tree, lookup);
  return value === NO_VALUE ? null : value;
}
