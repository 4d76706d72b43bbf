import { bladUitVerwijzing, EXCEL_ERRORS, isCell, parseRef, type CellValue } from '../../../sheet';

/** A block of cells an argument names: its sheet (undefined: the formula's own) and 1-based corners. */
export interface ArgumentRef {
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An argument as written: a value (number, text, TRUE/FALSE, an error), a reference, or omitted. */
export type Argument = { value: CellValue } | { ref: ArgumentRef } | { omitted: true };

/** A formula that is one call of a custom function: its id (upper case) and its arguments. */
export interface CustomCall {
  id: string;
  args: Argument[];
}

const CALL = /^\s*=?\s*NPLV\.([A-Za-z_][\w.]*)\s*\((.*)\)\s*$/is;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;
const REF = /^(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/;

/** The arguments' texts, split at the commas outside quotes (text, a sheet's name); undefined when one holds a bracket (an expression). */
function argumentTexts(inside: string): string[] | undefined {
  const out = [''];
  let quote: string | undefined;
  for (const c of inside) {
    if (c === quote) quote = undefined;
    else if (!quote && (c === '"' || c === "'")) quote = c;
    else if (!quote && (c === '(' || c === ')')) return undefined;
    if (c === ',' && !quote) out.push('');
    else out[out.length - 1] += c;
  }
  return quote ? undefined : out.map((a) => a.trim());
}

/** One argument's text read as Excel reads it; undefined for anything else (an expression, a name). */
function argument(text: string): Argument | undefined {
  if (text === '') return { omitted: true };
  if (/^"(?:[^"]|"")*"$/.test(text)) return { value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^(true|false)$/i.test(text)) return { value: text.toUpperCase() === 'TRUE' };
  if (EXCEL_ERRORS.has(text.toUpperCase())) return { value: { error: text.toUpperCase() } };
  if (NUMBER.test(text)) {
    const percent = text.endsWith('%');
    const n = Number(percent ? text.slice(0, -1) : text);
    return { value: percent ? n / 100 : n };
  }
  const m = REF.exec(text);
  const box = m && m[2].split(':').every((a) => isCell(a.replace(/\$/g, '').toUpperCase())) ? parseRef(m[2]) : undefined;
  if (!m || !box) return undefined;
  const [top, bottom] = [Math.min(box.top, box.bottom), Math.max(box.top, box.bottom)];
  const [left, right] = [Math.min(box.left, box.right), Math.max(box.left, box.right)];
  return { ref: { ...(m[1] !== undefined && { sheet: bladUitVerwijzing(m[1]) }), top, left, bottom, right } };
}

/**
 * A formula that is exactly one call `NPLV.ID(…)` (`Range.formulas` is English: `,` between
 * arguments, `.` the decimal point), with arguments Excel reads as values — numbers (`-5`,
 * `0.5`, `28%`), text in quotes (`""` a quote), TRUE/FALSE, error values — or references to a
 * cell or block of any sheet (`B2`, `$A$3:$F$39`, `'Mijn blad'!A1`), or omitted (`,,`).
 * Undefined for any other formula: Excel's to calculate, not the fake's.
 */
export function customCall(formula: string): CustomCall | undefined {
  const m = CALL.exec(formula);
  const texts = m && (m[2].trim() === '' ? [] : argumentTexts(m[2]));
  if (!m || !texts) return undefined;
  const args = texts.map(argument);
  return args.every((a) => a !== undefined) ? { id: m[1].toUpperCase(), args: args as Argument[] } : undefined;
}
