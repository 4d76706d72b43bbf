import { columnLetter, EXCEL_COLUMNS, EXCEL_MAX, EXCEL_ROWS, EXCEL_SHEET_NAME, EXCEL_TEXT } from '../../../src/sheet';

// "Excel specifications and limits" (support.microsoft.com): 1,048,576 rows by 16,384
// columns, 32,767 characters in a cell, 9.99999999999999E+307 the largest number, 31
// characters in a sheet's name.
describe("Excel's limits", () => {
  it('are the documented numbers', () => {
    expect([EXCEL_ROWS, EXCEL_COLUMNS, EXCEL_TEXT, EXCEL_SHEET_NAME]).toEqual([1048576, 16384, 32767, 31]);
    expect(EXCEL_MAX).toBe(Number('9.99999999999999E+307'));
  });

  it('the last column is XFD', () => {
    expect(columnLetter(EXCEL_COLUMNS)).toBe('XFD');
  });
});
