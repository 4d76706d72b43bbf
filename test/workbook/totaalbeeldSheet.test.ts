import { fitWidths, totaalbeeldSheet } from '../../src/workbook/totaalbeeldSheet';
import type { LayoutRij } from '../../src/workbook/layoutTypes';

const ROWS: LayoutRij[] = [
  { cells: ['Een lange titel die over de kolommen heen loopt, niet meetelt voor de breedte'], bold: true },
  { cells: [] },
  { cells: ['tot 2030 (2026–2029, 4 jaar)', 'Opgave', 'Verdeelsleutel'], bold: true },
  { cells: ['Nieuwbouw', 1234567.25, 0.5], formats: [null, '#,##0.0', '0%'] },
  { cells: ['waarschuwing', 'Opgave!E6', 'een bericht dat rechts mag doorlopen zonder de kolom te verbreden'] },
];

describe('the NPLV Totaalbeeld sheet from the layout', () => {
  const sheet = totaalbeeldSheet({ rows: ROWS }, 'NPLV Totaalbeeld');

  it('is a rectangle from A1: values, number formats, bold per row', () => {
    expect(sheet.name).toBe('NPLV Totaalbeeld');
    expect(sheet.values).toEqual([
      [ROWS[0].cells[0], null, null],
      [null, null, null],
      ['tot 2030 (2026–2029, 4 jaar)', 'Opgave', 'Verdeelsleutel'],
      ['Nieuwbouw', 1234567.25, 0.5],
      ['waarschuwing', 'Opgave!E6', ROWS[4].cells[2]],
    ]);
    expect(sheet.numberFormats?.[3]).toEqual([null, '#,##0.0', '0%']);
    expect(sheet.bold?.map((r) => r[0])).toEqual([true, false, true, false, false]);
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
