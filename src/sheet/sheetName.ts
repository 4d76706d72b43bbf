import { isCell } from './address';
import { EXCEL_COLUMNS, EXCEL_ROWS } from './limits';

/*
 * Excel's rule for a sheet's name in a reference (`Opgave!A1`, `'Opgave 2026'!B3`):
 * - ECMA-376 Part 1, §18.17 (formulas): a sheet name is written bare or between apostrophes,
 *   an apostrophe inside it doubled (`'Rijk''s'!A1`).
 * - support.microsoft.com, "Create or change a cell reference": a name with spaces or
 *   nonalphabetical characters goes between single quotation marks; "Names in formulas": a name
 *   can't be the same as a cell reference, such as Z$100 or R1C1, nor C or R.
 * - Which names Excel leaves bare, as observed in Excel and written down in XlsxWriter's issue
 *   1078 ("Some notes on worksheet name quoting", github.com/jmcnamara/XlsxWriter/issues/1078):
 *   quoted is a name with any character but a letter, a digit, `_` or `.` (`'Opgave 2026'`,
 *   `'P&L'`); one that starts with a digit or `.` (`'2024'`, `'1e'`); one that is a cell of
 *   the grid (`'A1'`, `'xfd1048576'`, but `XFE1` and `AAAA1` bare); one that starts with a
 *   row or column of R1C1 inside the grid (`'R1C1'`, `'R2x'`, `'C5'`, `'RC3'`) or is `R`, `C`
 *   or `RC`. Any other name is bare (`Opgave`, `NPLV_Totaalbeeld`, `Blad.2`, `École`).
 * Quoting a name that needs none is harmless to Excel; the rule above quotes an emoji, which
 * Excel leaves bare, rather than not quote a name that needs it.
 */
const NOT_PLAIN = /[^\p{L}\p{M}\p{N}_.]/u;
const R1C1_ROW = /^R(\d+)/i;
const R1C1_COLUMN = /^R?C(\d+)/i;

const inGrid = (m: RegExpExecArray | null, last: number) => !!m && Number(m[1]) >= 1 && Number(m[1]) <= last;

/** Whether Excel quotes this sheet name in a reference (the rule above). */
function needsQuotes(name: string): boolean {
  return (
    NOT_PLAIN.test(name) ||
    /^[\p{N}.]/u.test(name) ||
    isCell(name) ||
    inGrid(R1C1_ROW.exec(name), EXCEL_ROWS) ||
    inGrid(R1C1_COLUMN.exec(name), EXCEL_COLUMNS) ||
    /^(R|C|RC)$/i.test(name)
  );
}

/** A sheet's name as Excel writes it in a reference: `Opgave`, `'Opgave 2026'`, `'2024'`, `'Rijk''s'`. */
export function bladInVerwijzing(blad: string): string {
  return needsQuotes(blad) ? `'${blad.replace(/'/g, "''")}'` : blad;
}

/** The sheet's name in a reference, quoted or not: `'Rijk''s'` → `Rijk's`, `Opgave` → `Opgave`. */
export function bladUitVerwijzing(naam: string): string {
  return /^'.*'$/.test(naam) ? naam.slice(1, -1).replace(/''/g, "'") : naam;
}
