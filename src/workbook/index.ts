/**
 * The workbook layer (WORKBOOK.md): the only code that knows sheets, headers and cells.
 * `xlsxWorkbook` (ExcelJS, Node only) is not exported here; import it directly.
 */
export type { CellValue, SheetGrid, BlockWrite, SheetContent, WorkbookChanges, WorkbookPort } from './port';
export { NO_CHANGES } from './port';
export { readInput, sheetsToRead } from './readInput';
export type { Lezing, Plaatsen, TabelPlaats } from './readInput';
export { planWrite } from './planWrite';
export type { Schrijfplan } from './planWrite';
export { totaalbeeldLayout } from './totaalbeeldLayout';
export type { LayoutCel, LayoutRij, TotaalbeeldLayout, TotaalbeeldMeta } from './layoutTypes';
export { totaalbeeldSheet } from './totaalbeeldSheet';
export { formatTijdstip } from './totaalbeeldMeta';
export { plaatsVan } from './meldingRows';
export { herbereken, berekenWerkmap, ongedaanMaken } from './recalculate';
export { doelVanCel } from './doelVanCel';
export { leesCel, leesVerwijzing } from './celVerwijzing';
export type { HerberekenOpties, BerekenUitkomst, HerberekenUitkomst } from './recalculate';
export { MemoryWorkbook } from './memoryWorkbook';
export { OfficeWorkbook } from './officeWorkbook';
export type { ExcelRun } from './officeWorkbook';
export type { MemorySheetInit } from './memoryWorkbook';
export { TOTAALBEELD, BLADEN } from './sheetDefs';
export { findSheet } from './findSheet';
export { OPGAVE_UITVOER, DEKKING_UITVOER, STANDAARD_GETALNOTATIE } from './outputColumns';
