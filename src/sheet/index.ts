// src/sheet: the one vocabulary of cells, shared by the engine (places), the workbook layer,
// the faces and dev/ (fakeExcel, demo). It imports nothing of ours; this index is its only
// way in (ESLint enforces both).

// Cell values and a used range as a grid (cell.ts, grid.ts, usedRange.ts).
export type { CellStyle, CellValue, ReadDetail, RowGroup, SheetChart, SheetChartType, SheetGrid } from './cell';
export { BAR_LOOK } from './cell';
export { width, bottomRow, cellAt, cellInto, type GridCell, isBlank, isError, rightColumn } from './grid';
export { usedRange, withFormatsRight, type Cel, LEGE_CEL, emptyGrid, put, boundingBox, type Box } from './usedRange';
export { eachInitCell, type CellLook, type SheetInit } from './sheetInit';
export { styleRead, withStyles } from './styledCells';
export { outlinedRows, rowGroupsOf } from './rowGroups';

// A1 addresses: column letters <-> numbers, cells, ranges and boxes (address.ts).
export {
  columnLetter,
  columnNumber,
  nextColumn,
  isLetterCode,
  a1,
  parseA1,
  isColumn,
  isCell,
  rangeA1,
  type RefBox,
  parseRef,
  refText,
  unionBox,
} from './address';

// References with their sheet: quoting a sheet's name as Excel does, parsing and writing
// `'Blad'!A1:B2` (sheetName.ts, reference.ts).
export { bladInVerwijzing, bladUitVerwijzing } from './sheetName';
export { leesCel, leesVerwijzing, splitsVerwijzing, verwijzingTekst } from './reference';

// Excel's limits: the grid, a cell's text, the largest number, a sheet's name (limits.ts).
export { EXCEL_ROWS, EXCEL_COLUMNS, EXCEL_TEXT, EXCEL_MAX, EXCEL_SHEET_NAME } from './limits';

// Error values (#N/A and their Dutch names) and a cell shown as Excel shows it.
export { EXCEL_ERRORS, foutwaardeNl, foutwaardeCode } from './errors';
export { formatCell, cijfernotatie } from './formatCell';
export { toonDecimaal, type Cijfernotatie } from './decimalText';
export { fitWidth, shownLength, STANDARD_WIDTH } from './columnWidth';

// Small helpers over numbers: the largest of a list, runs of consecutive numbers.
export { largest } from './extremes';
export { consecutiveRuns } from './blockRuns';
