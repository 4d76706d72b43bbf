import { fitWidths, totaalbeeldSheet } from '../../../src/workbook/totaalbeeld/content';
import type { LayoutRij } from '../../../src/workbook/totaalbeeld/types';

const ROWS: LayoutRij[] = [
  { cells: ['Een lange titel die over de kolommen heen loopt, niet meetelt voor de breedte'], bold: true },
  { cells: [] },
  { cells: ['tot 2030 (2026–2029, 4 jaar)', 'Opgave', 'Verdeelsleutel'], bold: true },
  { cells: ['Nieuwbouw', 1234567.25, 0.5], formats: [null, '#,##0.0', '0%'] },
  { cells: ['waarschuwing', 'Opgave!E6', 'een bericht dat rechts mag doorlopen zonder de kolom te verbreden'] },
];

const REGEL = 'Cellen van de add-in: A1; A3:C5; A7 — wat u elders op dit blad zet, blijft bij Herbereken staan.';

describe('the NPLV Totaalbeeld sheet from the layout', () => {
  const sheet = totaalbeeldSheet({ rows: ROWS }, 'NPLV Totaalbeeld');

  it('is a rectangle from A1: values, number formats, bold on the cells of bold rows, then the line naming its cells', () => {
    expect(sheet.name).toBe('NPLV Totaalbeeld');
    expect(sheet.values).toEqual([
      [ROWS[0].cells[0], null, null],
      [null, null, null],
      ['tot 2030 (2026–2029, 4 jaar)', 'Opgave', 'Verdeelsleutel'],
      ['Nieuwbouw', 1234567.25, 0.5],
      ['waarschuwing', 'Opgave!E6', ROWS[4].cells[2]],
      [null, null, null],
      [REGEL, null, null],
    ]);
    expect(sheet.numberFormats?.[3]).toEqual([null, '#,##0.0', '0%']);
    expect(sheet.bold?.map((r) => r[0])).toEqual([true, false, true, false, false, false, false]);
    expect(sheet.bold?.[0]).toEqual([true, false, false]); // the title's row is one cell, the rest is not the add-in's
  });

  it("names the add-in's cells: a rectangle per block of rows (the title A1, the table A3:C5) and the line itself (A7)", () => {
    expect(sheet.ownedCells).toEqual([
      { top: 1, left: 1, bottom: 1, right: 1 },
      { top: 3, left: 1, bottom: 5, right: 3 },
      { top: 7, left: 1, bottom: 7, right: 1 },
    ]);
  });

  it('fits the columns to what they show (labels, 1.234.567,3 and headers), titles and closing texts overflow', () => {
    // A: 'tot 2030 (2026–2029, 4 jaar)' is 28 characters; B: 'Opgave!E6' 9, '1.234.567,3' 11; C: 'Verdeelsleutel' 14.
    expect(fitWidths(ROWS)).toEqual([30, 13, 16]);
    expect(sheet.columnWidths).toEqual([30, 13, 16]);
  });

  it('keeps narrow columns readable and very long labels within bounds', () => {
    expect(fitWidths([{ cells: ['a', 1], formats: [null, '0'] }])).toEqual([8, 8]);
    expect(fitWidths([{ cells: ['x'.repeat(100), 1] }])).toEqual([60, 8]);
  });
});
