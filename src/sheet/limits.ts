/**
 * Excel's limits, the one place of their numbers ("Excel specifications and limits",
 * support.microsoft.com): every adapter, check and message takes them from here. The checks
 * stay where they are (workbook/write/excelLimits.ts, the package adapter, fakeExcel).
 */

/** Rows of a sheet: 1 to 1,048,576. */
export const EXCEL_ROWS = 1_048_576;

/** Columns of a sheet: A to XFD, 16,384. */
export const EXCEL_COLUMNS = 16_384;

/** Characters a cell's text holds: 32,767. */
export const EXCEL_TEXT = 32_767;

/** The largest number a cell holds; beyond it Excel shows no number at all. */
export const EXCEL_MAX = 9.99999999999999e307;

/** Characters of a sheet's name: at most 31. */
export const EXCEL_SHEET_NAME = 31;
