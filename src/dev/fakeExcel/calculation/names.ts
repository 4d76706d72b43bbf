import { EXCEL_FUNCTIONS } from './excelFunctions';
import { EXCEL_ERRORS, isCell, isColumn } from '../../../sheet';

// Functions that give the error of an argument as their own: an unknown name inside them still
// makes the formula #NAME?. Any other function might catch it (IFERROR, ISERROR, IF's other branch).
const STRICT = new Set(['SUM']);
// The add-in's own custom functions (manifest.xml, Functions.Namespace): Excel knows them.
const CUSTOM = /^NPLV\./;
const ERROR_LITERAL = new RegExp([...EXCEL_ERRORS].map((e) => e.replace(/[?!/]/g, '\\$&')).join('|'), 'gi');
const NAME = /(?<![\w.])([A-Za-z_\\][\w.]*)(\s*\()?|([()])/g;

/** Whether a name written without `(` is one Excel knows here: a cell, a column of a range (`H:I`), TRUE or FALSE, a sheet's (`Blad!`). */
function knownName(name: string, before: string, after: string): boolean {
  const upper = name.toUpperCase();
  if (after === '!' || upper === 'TRUE' || upper === 'FALSE' || isCell(upper)) return true;
  return isColumn(upper) && (after === ':' || before === ':');
}

/**
 * Whether Excel gives `#NAME?` for a formula for certain: it uses a function name Excel does not
 * know (`FOO(1)`, `SOM(A1:A3)` — `Range.formulas` is English), or a name that is no cell and no
 * defined name (the in-memory Excel has none), outside any function that could catch the error
 * (only + − * /, brackets and SUM around it). Text in quotes and error values are no names; a
 * formula with `[` (a table or another workbook) is not judged.
 */
export function unknownName(formula: string): boolean {
  const text = formula
    .replace(/^\s*=/, '')
    .replace(/"(?:[^"]|"")*"/g, '""')
    .replace(/'(?:[^']|'')+'!/g, 'S!')
    .replace(ERROR_LITERAL, '0')
    .replace(/\$/g, '');
  if (text.includes('[')) return false;
  const calls: boolean[] = []; // per open bracket: whether an error inside surely comes out of it
  let found = false;
  for (const m of text.matchAll(NAME)) {
    const [, raw, call, bracket] = m;
    if (bracket === '(') calls.push(true);
    else if (bracket === ')') calls.pop();
    else {
      const name = raw.replace(/^(_xlfn\.)?(_xlws\.)?/i, '').toUpperCase();
      const at = m.index + m[0].length;
      const known = call ? EXCEL_FUNCTIONS.has(name) || CUSTOM.test(name) : knownName(raw, text[m.index - 1] ?? '', text[at] ?? '');
      if (!known && calls.every(Boolean)) found = true;
      if (call) calls.push(!known || STRICT.has(name));
    }
  }
  return found && calls.length === 0;
}
