import { readFileSync } from 'fs';
import { join } from 'path';
import { EXCEL_FUNCTIONS } from '../../../src/dev/fakeExcel/calculation/excelFunctions';
import { unknownName } from '../../../src/dev/fakeExcel/calculation/names';

describe('names Excel does not know: #NAME? in the in-memory Excel', () => {
  it.each([
    'FOO(1)', // no such function
    'SOM(D4:D5)', // the Dutch name: Range.formulas is English, there it is unknown
    'Nieuwbouw*2', // a name that is no cell and no defined name
    'D4+ABCD1', // past column XFD: a name, not a cell
    'SUM(D4;FOO(1))', // SUM gives the error of its arguments
    '(1+FOO())*2',
    'FOO(IFERROR(1;0))', // the unknown function itself gives the error
    '_xlfn.BAR(1)',
    'ACME.RIJKSDEEL(D4)', // another add-in's custom function, not loaded
  ])('=%s → #NAME?', (formula) => {
    expect(unknownName(formula)).toBe(true);
  });

  it.each([
    'VLOOKUP(C2,H:I,2,FALSE)', // Excel's function, with a range of whole columns
    'IFERROR(FOO(1),0)', // Excel gives 0: the error is caught
    'IF(A1>0,1,FOO())', // the other branch is never computed
    'ISERROR(onbekend)',
    'LET(x,1,x+1)', // x is LET's own name
    '"FOO(1)"&"x"', // text, not a name
    "'Mijn blad'!E2*2",
    'Dekking!E2+$A$1+TRUE',
    '_xlfn.XLOOKUP(1,A1:A3,B1:B3)',
    '_xlfn._xlws.FILTER(A1:A3,A1:A3>0)',
    'NPLV.RIJKSDEEL(D4,"Nieuwbouw")', // the add-in's own function
    'A1=#N/A',
    '1E5*LOG10(100)',
    'Tabel1[Bedrag]', // a table: not judged
    'FOO(', // not a formula Excel takes
  ])('=%s is not (certainly) #NAME?', (formula) => {
    expect(unknownName(formula)).toBe(false);
  });

  it("knows every function Office.js's own Excel.Functions calls (an independent list, from @types/office-js)", () => {
    const types = readFileSync(join(process.cwd(), 'node_modules/@types/office-js/index.d.ts'), 'utf8');
    const start = types.indexOf('class Functions extends OfficeExtension.ClientObject');
    const body = types.slice(start, types.indexOf('\n    }\n', start));
    // abs, beta_Dist, chiSq_Dist_RT: the method names spell Excel's function names (BETA.DIST, CHISQ.DIST.RT).
    const names = [...body.matchAll(/^ {8}([a-z][A-Za-z0-9_]*)\(/gm)].map((m) => m[1]).filter((n) => n !== 'toJSON');
    expect(names.length).toBeGreaterThan(300);
    expect(names.map((n) => n.replace(/_/g, '.').toUpperCase()).filter((n) => !EXCEL_FUNCTIONS.has(n))).toEqual([]);
  });
});
