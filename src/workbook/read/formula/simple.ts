import { Dec } from '../../../engine';
import { formulaTree, type FormulaTree, type Ref } from './tree';

export type { Ref } from './tree';

/**
 * The formulas a workbook written without a spreadsheet program leaves without a computed
 * value that are simple enough to compute here (`formulaTree`), exactly, in decimals. A
 * reference to a cell that is no number, a division by zero or an error value in a range
 * makes a formula not simple: undefined.
 */

/** What the caller gives the formula: a referenced cell's number (empty = 0); undefined for one that is no number. */
export interface Cells {
  number(ref: Ref): Dec | undefined;
  /** The numbers of a range for SUM: text, booleans and empty cells are skipped, as Excel's SUM does; undefined for an error in it. */
  numbers(from: Ref, to: Ref): Dec[] | undefined;
}

class NotSimple extends Error {}

function known<T>(value: T | undefined): T {
  if (value === undefined) throw new NotSimple();
  return value;
}

function value(tree: FormulaTree, cells: Cells): Dec {
  switch (tree.kind) {
    case 'number':
      return new Dec(tree.text);
    case 'ref':
      return known(cells.number(tree.ref));
    case 'range':
      throw new NotSimple(); // a range is an argument of SUM only
    case 'negate':
      return value(tree.of, cells).negated();
    case 'sum':
      return tree.args
        .flatMap((arg) => (arg.kind === 'range' ? known(cells.numbers(arg.from, arg.to)) : [value(arg, cells)]))
        .reduce((a, b) => a.plus(b), new Dec(0));
    case 'op': {
      const [left, right] = [value(tree.left, cells), value(tree.right, cells)];
      if (tree.op === '/' && right.isZero()) throw new NotSimple();
      return tree.op === '+'
        ? left.plus(right)
        : tree.op === '-'
          ? left.minus(right)
          : tree.op === '*'
            ? left.times(right)
            : left.div(right);
    }
  }
}

/** The value of a simple formula (with or without its `=`), exactly; undefined when it is not simple or a cell it uses is no number. */
export function simpleFormula(formula: string, cells: Cells): Dec | undefined {
  const tree = formulaTree(formula);
  if (!tree) return undefined;
  try {
    const result = value(tree, cells);
    return result.isFinite() ? result : undefined;
  } catch (e) {
    if (e instanceof NotSimple) return undefined;
    throw e;
  }
}
