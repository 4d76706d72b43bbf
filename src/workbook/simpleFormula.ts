import { Dec } from '../engine';

/**
 * The formulas a workbook written without a spreadsheet program leaves without a computed
 * value that are simple enough to compute here, exactly: numbers, `+ − * /`, brackets, a sign,
 * cell references (`E2`, `$E$2`, `Dekking!E2`, `'Mijn blad'!E2`) and `SUM(…)` over references
 * and ranges (`,` or `;` between arguments). Anything else is not simple: undefined.
 */

/** A cell reference as written: the sheet (undefined = the formula's own sheet), 1-based row and column. */
export interface Ref {
  blad?: string;
  row: number;
  column: number;
}

/** What the caller gives the formula: a referenced cell's number (empty = 0); undefined for one that is no number. */
export interface Cells {
  number(ref: Ref): Dec | undefined;
  /** The numbers of a range for SUM: text, booleans and empty cells are skipped, as Excel's SUM does; undefined for an error in it. */
  numbers(from: Ref, to: Ref): Dec[] | undefined;
}

class NotSimple extends Error {}

const TOKEN = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d{1,7})(?![\w(])|(SUM|SOM)\s*\(|([-+*/(),;:]))/iy;

type Token = { kind: 'number'; text: string } | { kind: 'ref'; ref: Ref } | { kind: 'sum' } | { kind: 'op'; text: string };

function ref(blad: string | undefined, address: string): Ref {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(address)!;
  const column = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  if (column > 16_384 || row < 1 || row > 1_048_576) throw new NotSimple();
  const sheet = blad === undefined ? undefined : blad.startsWith("'") ? blad.slice(1, -1).replace(/''/g, "'") : blad;
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
      throw new NotSimple();
    }
    if (m[1] !== undefined) out.push({ kind: 'number', text: m[1] });
    else if (m[3] !== undefined) out.push({ kind: 'ref', ref: ref(m[2]?.slice(0, -1), m[3]) });
    else if (m[4] !== undefined) out.push({ kind: 'sum' });
    else out.push({ kind: 'op', text: m[5] });
  }
  return out;
}

/** The value of a simple formula (without its `=`), exactly; undefined when it is not simple or a cell it uses is no number. */
export function simpleFormula(formula: string, cells: Cells): Dec | undefined {
  try {
    const list = tokens(formula.replace(/^=/, ''));
    let i = 0;
    const peek = () => list[i];
    const isOp = (text: string) => peek()?.kind === 'op' && (peek() as { text: string }).text === text;
    const take = (text: string) => {
      if (!isOp(text)) throw new NotSimple();
      i++;
    };
    const known = (d: Dec | undefined) => {
      if (d === undefined || !d.isFinite()) throw new NotSimple();
      return d;
    };
    const expression = (): Dec => {
      let value = term();
      while (isOp('+') || isOp('-')) value = (list[i++] as { text: string }).text === '+' ? value.plus(term()) : value.minus(term());
      return value;
    };
    const term = (): Dec => {
      let value = unary();
      while (isOp('*') || isOp('/')) {
        const times = (list[i++] as { text: string }).text === '*';
        const right = unary();
        if (!times && right.isZero()) throw new NotSimple();
        value = times ? value.times(right) : value.div(right);
      }
      return value;
    };
    const unary = (): Dec => {
      if (isOp('-')) return (i++, unary().negated());
      if (isOp('+')) return (i++, unary());
      return primary();
    };
    const argument = (): Dec[] => {
      const t = peek();
      const u = list[i + 1];
      if (t?.kind === 'ref' && u?.kind === 'op' && u.text === ':') {
        const to = list[i + 2];
        if (to?.kind !== 'ref' || (to.ref.blad !== undefined && to.ref.blad !== t.ref.blad)) throw new NotSimple();
        i += 3;
        const numbers = cells.numbers(t.ref, { ...to.ref, blad: t.ref.blad });
        if (!numbers) throw new NotSimple();
        return numbers;
      }
      return [expression()];
    };
    const primary = (): Dec => {
      const t = list[i++];
      if (t?.kind === 'number') return new Dec(t.text);
      if (t?.kind === 'ref') return known(cells.number(t.ref));
      if (t?.kind === 'op' && t.text === '(') {
        const value = expression();
        take(')');
        return value;
      }
      if (t?.kind === 'sum') {
        let total = new Dec(0);
        if (!isOp(')'))
          do total = argument().reduce((a, b) => a.plus(b), total);
          while ((isOp(',') || isOp(';')) && ++i);
        take(')');
        return total;
      }
      throw new NotSimple();
    };
    const value = expression();
    if (i !== list.length) throw new NotSimple();
    return value;
  } catch (e) {
    if (e instanceof NotSimple) return undefined;
    throw e;
  }
}
