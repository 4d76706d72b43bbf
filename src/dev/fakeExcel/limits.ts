/** Excel on the web: at most 5 MB per request and per response (RichApi.Error *PayloadSizeLimitExceeded). */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Excel on the web: at most 5,000,000 cells in one range read. */
export const CELL_READ_LIMIT = 5_000_000;

/** The width of a column without a width of its own, in points (8.43 characters of Calibri 11). */
export const STANDARD_WIDTH = 48;

/** The sheet's size: Excel's last row and column (XFD1048576); the most characters a cell's text holds. */
export { EXCEL_ROWS as SHEET_ROWS, EXCEL_COLUMNS as SHEET_COLUMNS, EXCEL_TEXT as CELL_TEXT } from '../../sheet';
