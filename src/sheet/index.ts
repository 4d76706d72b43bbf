export { usedRange, withFormatsRight, type Cel, LEGE_CEL, emptyGrid, put, boundingBox, type Box } from './usedRange';
export { largest } from './extremes';
export { parseA1, rangeA1, columnLetter, refText, unionBox, type RefBox, parseRef, a1 } from './address';
export { EXCEL_ERRORS, foutwaardeNl, foutwaardeCode } from './errors';
export { consecutiveRuns } from './blockRuns';
export { width, bottomRow, cellAt, isBlank, isError, rightColumn } from './grid';
export { leesCel, leesVerwijzing, splitsVerwijzing } from './reference';
export { formatCell } from './formatCell';
export type { CellValue, ReadDetail, SheetChart, SheetGrid } from './cell';
