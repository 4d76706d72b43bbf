import { bladUitVerwijzing, EXCEL_COLUMNS, EXCEL_ROWS, parseA1 } from '../../../sheet';

/**
 * The arithmetic formulas the product calculates itself, as a tree: numbers, `+ − * /`,
 * brackets, a sign, cell references (`E2`, `$E$2`, `Dekking!E2`, `'Mijn blad'!E2`) and
 * `SUM(…)` over references, ranges and expressions (`,` or `;` between arguments), for the
 * reading rules, which calculate it exactly (`simpleFormula`, a formula a file holds without its
 * value). The in-memory Excel reads formulas with its own reader (`dev/fakeExcel/formula`), so
 * that a mistake here cannot hide in the Excel the tests run against. Anything else is no tree:
 * undefined.
 */

/** A cell reference as written: the sheet (undefined = the formula's own sheet), 1-based row and column. */
export interface Ref {
  blad?: string;
  row: number;
  column: number;
}

export type FormulaTree =
  | { kind: 'number'; text: string }
  | { kind: 'ref'; ref: Ref }
  | { kind: 'range'; from: Ref; to: Ref }
  | { kind: 'negate'; of: FormulaTree }
  | { kind: 'op'; op: '+' | '-' | '*' | '/'; left: FormulaTree; right: FormulaTree }
  | { kind: 'sum'; args: FormulaTree[] };

class NoTree extends Error {}

const TOKEN =
  /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d{1,7})(?![\w(])|(SUM)\s*\(|([-+*/(),;:]))/iy;

type Token = { kind: 'number'; text: string } | { kind: 'ref'; ref: Ref } | { kind: 'sum' } | { kind: 'op'; text: string };

function ref(blad: string | undefined, address: string): Ref {
  const { row, column } = parseA1(address.replace(/\$/g, '').toUpperCase())!;
  if (column > EXCEL_COLUMNS || row < 1 || row > EXCEL_ROWS) throw new NoTree();
  const sheet = blad === undefined ? undefined : bladUitVerwijzing(blad);
  return { ...(sheet !== undefined && { blad: sheet }), row, column };
}

function tokens(formula: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(formula);
    if (!m) {
      if (formula.slice(at).trim() === '') break;
      throw new NoTree();
    }
    if (m[1] !== undefined) out.push({ kind: 'number', text: m[1] });
    else if (m[3] !== undefined) out.push({ kind: 'ref', ref: ref(m[2]?.slice(0, -1), m[3]) });
    else if (m[4] !== undefined) out.push({ kind: 'sum' });
    else out.push({ kind: 'op', text: m[5] });
  }
  return out;
}

/** The tree of a formula (with or without its `=`); undefined for one outside the arithmetic above. */
export function formulaTree(formula: string): FormulaTree | undefined {
  try {
    const list = tokens(formula.replace(/^\s*=/, ''));
    let i = 0;
    const isOp = (...texts: string[]) => {
      const t = list[i];
      return t?.kind === 'op' && texts.includes(t.text) ? t.text : undefined;
    };
    const take = (text: string) => {
      if (!isOp(text)) throw new NoTree();
      i++;
    };
    // Operators of one precedence, left to right, over the operands `next` reads.
    const binary = (ops: readonly ('+' | '-' | '*' | '/')[], next: () => FormulaTree) => (): FormulaTree => {
      let tree = next();
      for (let op = isOp(...ops); op; op = isOp(...ops)) {
        i++;
        tree = { kind: 'op', op: op as '+' | '-' | '*' | '/', left: tree, right: next() };
      }
      return tree;
    };
    const term = binary(['*', '/'], () => unary());
    const expression = binary(['+', '-'], term);
    const unary = (): FormulaTree => {
      if (isOp('-')) return (i++, { kind: 'negate', of: unary() });
      if (isOp('+')) return (i++, unary());
      return primary();
    };
    const argument = (): FormulaTree => {
      const [t, colon, to] = [list[i], list[i + 1], list[i + 2]];
      if (t?.kind !== 'ref' || colon?.kind !== 'op' || colon.text !== ':') return expression();
      if (to?.kind !== 'ref' || (to.ref.blad !== undefined && to.ref.blad !== t.ref.blad)) throw new NoTree();
      i += 3;
      return { kind: 'range', from: t.ref, to: { ...to.ref, ...(t.ref.blad !== undefined && { blad: t.ref.blad }) } };
    };
    const primary = (): FormulaTree => {
      const t = list[i++];
      if (t?.kind === 'number') return t;
      if (t?.kind === 'ref') return t;
      if (t?.kind === 'op' && t.text === '(') {
        const tree = expression();
        take(')');
        return tree;
      }
      if (t?.kind === 'sum') {
        const args: FormulaTree[] = [];
        if (!isOp(')'))
          do args.push(argument());
          while (isOp(',', ';') && ++i);
        take(')');
        return { kind: 'sum', args };
      }
      throw new NoTree();
    };
    const tree = expression();
    return i === list.length ? tree : undefined;
  } catch (e) {
    if (e instanceof NoTree) return undefined;
    throw e;
  }
}
