import { numbersExcelCannotHold } from '../../../src/workbook/write/excelLimits';
import { EXCEL_MAX } from '../../../src/sheet';
import { NO_CHANGES } from '../../../src/workbook/port';

describe('numbers Excel cannot hold, in a write plan', () => {
  it('names the cell of every number beyond ±9.99999999999999E+307 or not finite; text and in-range numbers pass', () => {
    const meldingen = numbersExcelCannotHold({
      ...NO_CHANGES,
      sheets: [
        {
          name: 'NPLV Totaalbeeld',
          values: [
            ['Titel', 1],
            [EXCEL_MAX, -Infinity],
          ],
        },
      ],
      writes: [
        {
          sheet: 'Opgave',
          top: 3,
          left: 8,
          values: [
            [1.2e308, 'x', null],
            [NaN, -EXCEL_MAX, 5],
          ],
        },
      ],
    });
    expect(meldingen.map((m) => `${m.blad}!${m.cel}`)).toEqual(['NPLV Totaalbeeld!B2', 'Opgave!H3', 'Opgave!H4']);
    expect(new Set(meldingen.map((m) => m.ernst))).toEqual(new Set(['fout']));
  });

  it('finds nothing in a plan of ordinary figures', () => {
    expect(numbersExcelCannotHold({ ...NO_CHANGES, writes: [{ sheet: 'Opgave', top: 1, left: 1, values: [[222.5, 0, -0]] }] })).toEqual([]);
  });
});
