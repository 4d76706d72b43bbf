/** Excel on the web: at most 5 MB per request and per response (RichApi.Error *PayloadSizeLimitExceeded). */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Excel on the web: at most 5,000,000 cells in one range read. */
export const CELL_READ_LIMIT = 5_000_000;

/** The width of a column without a width of its own, in points (8.43 characters of Calibri 11). */
export const STANDARD_WIDTH = 48;

// The sheet's size and a cell's text (XFD1048576, 32,767 characters) are Excel's limits of src/sheet.
