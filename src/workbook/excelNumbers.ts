import type { Melding } from '../engine';
import { a1 } from './address';
import { tekst } from './messages';
import type { CellValue, WorkbookChanges } from './port';

/** The largest number a cell holds (Excel's limit); beyond it Excel shows no number at all. */
export const EXCEL_MAX = 9.99999999999999e307;

const fits = (v: CellValue) => typeof v !== 'number' || (Number.isFinite(v) && Math.abs(v) <= EXCEL_MAX);

/**
 * Every number of a write plan that Excel cannot hold (an exact result beyond ±9.99…E+307, or
 * one that became Infinity on the way to a cell), as an error at the cell it would go to: then
 * nothing is written, rather than a wrong number.
 */
export function numbersExcelCannotHold(changes: WorkbookChanges): Melding[] {
  const blocks = [...changes.sheets.map((s) => ({ sheet: s.name, top: 1, left: 1, values: s.values })), ...changes.writes];
  return blocks.flatMap(({ sheet, top, left, values }) =>
    values.flatMap((row, r) =>
      row.flatMap((v, c): Melding[] => (fits(v) ? [] : [{ ernst: 'fout', blad: sheet, cel: a1(top + r, left + c), bericht: tekst.teGrootVoorExcel() }])),
    ),
  );
}
