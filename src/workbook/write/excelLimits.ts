import type { Melding } from '../../engine';
import { workbookTekst } from '../messages';
import type { CellValue, WorkbookChanges } from '../port';
import { a1, EXCEL_COLUMNS, EXCEL_MAX, EXCEL_ROWS, EXCEL_TEXT } from '../../sheet';

// The checks of a write plan against Excel's limits; the numbers are in src/sheet/limits.ts.

const fits = (v: CellValue) => typeof v !== 'number' || (Number.isFinite(v) && Math.abs(v) <= EXCEL_MAX);

/** The blocks of a change: the sheets replaced from A1, then the writes. */
export const changeBlocks = (changes: WorkbookChanges) => [
  ...changes.sheets.map((s) => ({ sheet: s.name, top: 1, left: 1, values: s.values, formulas: s.formulas })),
  ...changes.writes,
];

/**
 * Every number of a write plan that Excel cannot hold (an exact result beyond ±9.99…E+307, or
 * one that became Infinity on the way to a cell), as an error at the cell it would go to: then
 * nothing is written, rather than a wrong number.
 */
export function numbersExcelCannotHold(changes: WorkbookChanges): Melding[] {
  const uit: Melding[] = [];
  for (const { sheet, top, left, values } of changeBlocks(changes))
    values.forEach((row, r) => {
      for (let c = 0; c < row.length; c++)
        if (!fits(row[c])) uit.push({ ernst: 'fout', blad: sheet, cel: a1(top + r, left + c), bericht: workbookTekst.teGrootVoorExcel() });
    });
  return uit;
}

/**
 * Every cell of a write plan that Excel cannot hold besides its numbers: a text longer than a
 * cell takes (at its cell), a block reaching past the last column XFD or row 1.048.576 (at
 * the last cell of the sheet it would pass). Errors, so that nothing is written.
 */
export function cellsExcelCannotHold(changes: WorkbookChanges): Melding[] {
  const fout = (blad: string, rij: number, kolom: number, bericht: string): Melding => ({
    ernst: 'fout',
    blad,
    cel: a1(rij, kolom),
    bericht,
  });
  return changeBlocks(changes)
    .flatMap(({ sheet, top, left, values, formulas }) => {
      const width = values.reduce((w, row) => Math.max(w, row.length), 0);
      const right = left + width - 1;
      const bottom = top + values.length - 1;
      const edges = [
        ...(right > EXCEL_COLUMNS ? [fout(sheet, top, EXCEL_COLUMNS, workbookTekst.voorbijLaatsteKolom(right - EXCEL_COLUMNS))] : []),
        ...(bottom > EXCEL_ROWS
          ? [fout(sheet, EXCEL_ROWS, Math.min(left, EXCEL_COLUMNS), workbookTekst.voorbijLaatsteRij(bottom - EXCEL_ROWS))]
          : []),
      ];
      const texts: Melding[] = [];
      values.forEach((row, r) => {
        for (let c = 0; c < row.length; c++) {
          const v = row[c];
          if (typeof v === 'string' && v.length > EXCEL_TEXT && !formulas?.[r]?.[c] && top + r <= EXCEL_ROWS && left + c <= EXCEL_COLUMNS)
            texts.push(fout(sheet, top + r, left + c, workbookTekst.tekstTeLang(v.length)));
        }
      });
      return [...edges, ...texts];
    })
    .filter(eenmaalPerRand);
}

// A run of columns past XFD is one error, though its header and its rows are written as separate blocks.
function eenmaalPerRand(m: Melding, i: number, all: Melding[]): boolean {
  return all.findIndex((o) => o.blad === m.blad && o.bericht === m.bericht && (o.cel === m.cel || m.cel?.startsWith('XFD'))) === i;
}

/** What of a write plan Excel cannot hold: its numbers and its other cells. */
export const excelCannotHold = (changes: WorkbookChanges): Melding[] => [
  ...cellsExcelCannotHold(changes),
  ...numbersExcelCannotHold(changes),
];
