import { evaluate, NO_VALUE, type Lookup } from '../../../src/dev/fakeExcel/calculation/formula';
import type { CellValue } from '../../../src/sheet';

// The in-memory Excel calculates the arithmetic it knows (its own reader, formulaTokens.ts and formula.ts) as Excel does: in binary, with Excel's error values.
const blad: Record<string, CellValue> = { A1: 400, A2: 45, A3: 'tekst', A4: true, A5: null, B1: { error: '#N/A' } };
const lookup: Lookup = (sheet, row, column) =>
  sheet === 'Ander' ? 7 : sheet === "Rijk's blad" ? row * 100 + column : (blad[`${String.fromCharCode(64 + column)}${row}`] ?? null);
// C1 holds a formula the fake could not give a value (issue 13).
const metC1: Lookup = (sheet, row, column) => (column === 3 && row === 1 ? NO_VALUE : lookup(sheet, row, column));

describe('formulas of the in-memory Excel', () => {
  it.each([
    ['A1+A2', 445],
    ['0.1+0.2', 0.1 + 0.2], // binary, as Excel: not the exact 0.3 of the reading rules
    ['SUM(A1:A5)', 445], // text, booleans and empty cells of a range are skipped
    ['SUM(A1;A3;2*3)', 406],
    ['-A4*2+A5', -2], // a boolean in arithmetic is 1, an empty cell 0
    ['Ander!C9*2', 14],
    ['A1/(A2-45)', { error: '#DIV/0!' }],
    ['A3+1', { error: '#VALUE!' }],
    ['SUM(A1:B1)', { error: '#N/A' }],
    ["'Rijk''s blad'!B3+$A$2", 347], // a quoted sheet name, '' for a quote; $ fixes, not moves
    ['SUM((A3);+A4;A1)', 400], // a reference in brackets or after + stays a reference: its text and boolean are skipped
    ['SUM(-A4;A1)', 399], // a negated boolean is a number
    ['2*-(3+1)/4 - -1', -1], // * and / before + and −, a sign before both
    ['SUM(Ander!A1:B2)', 28],
  ])('=%s → %j', (formula, expected) => {
    expect(evaluate(formula, lookup)).toEqual(expected);
  });

  it.each(['VLOOKUP(A1,B:C,2,FALSE)', 'A1^2', '"a"&"b"', 'A1:A3', 'SUM(A1:Ander!A3)', '(A1', 'A1 A2'])(
    '=%s is not calculated (the cell keeps its value)',
    (formula) => {
      expect(evaluate(formula, lookup)).toBeUndefined();
    },
  );

  it.each([
    ['FOO(1)+A1', { error: '#NAME?' }], // Excel's error for a name it does not know, whatever the rest
    ['XFE1+1', { error: '#NAME?' }], // past column XFD: a name, not a cell
    ['A0*2', { error: '#NAME?' }], // no row 0
    ['SOM(A1:A2)', { error: '#NAME?' }],
    ['C1*2', null], // uses a cell without a value: none either, never 0
    ['SUM(A1;C1:C2)', null],
    ['B1+C1', { error: '#N/A' }], // the first error from the left, as Excel
  ])('=%s → %j (issue 13)', (formula, expected) => {
    expect(evaluate(formula, metC1)).toEqual(expected);
  });
});
