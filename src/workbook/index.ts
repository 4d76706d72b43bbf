/**
 * The workbook layer (WORKBOOK.md): the only code that knows the input sheets, their headers
 * and what is written back. This index is the only way in for the faces (an ESLint rule);
 * it is safe in a browser. The Node-only adapter (.xlsx packages) comes in by node.ts.
 */
export type { CellValue, SheetGrid, BlockWrite, SheetContent, WorkbookChanges, WorkbookPort } from './port';
export { NO_CHANGES } from './port';
export { readInput, sheetsToRead } from './read/readInput';
export type { Lezing, Plaatsen, TabelPlaats } from './read/readInput';
export { planWrite } from './write/planWrite';
export type { Schrijfplan } from './write/planWrite';
export { totaalbeeldLayout } from './totaalbeeld/layout';
export type { LayoutCel, LayoutRij, TotaalbeeldLayout, TotaalbeeldMeta } from './totaalbeeld/types';
export { totaalbeeldSheet } from './totaalbeeld/content';
export { gebiedLayout, gebiedNaam, zoekGebied } from './totaalbeeld/gebiedLayout';
export { formatTijdstip } from './totaalbeeld/meta';
export { plaatsVan } from './totaalbeeld/meldingRows';
export { herberekenWerkmap, berekenWerkmap, ongedaanMaken } from './herbereken';
export { doelVanCel } from './doelVanCel';
export type { HerberekenOpties, BerekenUitkomst, HerberekenUitkomst } from './herbereken';
export { MemoryWorkbook } from './adapters/memory/memoryWorkbook';
export { OfficeWorkbook } from './adapters/office/officeWorkbook';
export type { ExcelRun } from './adapters/office/officeWorkbook';
export { TOTAALBEELD, INPUT_SHEETS, VERSIES, VERGELIJKING, GEVOELIGHEID } from './sheetDefs';
export { findSheet } from './read/findSheet';
export { OPGAVE_UITVOER, DEKKING_UITVOER, STANDAARD_GETALNOTATIE } from './outputColumns';
export { workbookTekst, UITLEG_CELLEN } from './messages';
export { type Schaal, EENHEDEN } from './read/eenheid';
export {
  type Weergave,
  SCHALEN,
  MAX_DECIMALEN,
  standaardDecimalen,
  standaardWeergave,
  stappen,
  toonbareEenheden,
  geldigeDecimalen,
  leesSchaal,
  EENHEID_WOORDEN,
  weergaveNotatie,
  weergaveTekst,
} from './totaalbeeld/weergave';
export { periodenBlad, verdeelsleutelsBlad } from './read/keySheets';
export { DEKKING, OPGAVE, PERIODEN, VERDEELSLEUTELS } from './sheetDefs';
export { parseBedrag, parseFractie } from './read/parseCell';
export { summaryRows, OVERIG } from './totaalbeeld/summaryRows';
export {
  versiesLezen,
  versieLezen,
  versieVastleggen,
  versieVerwijderen,
  berekenMetVersies,
  MAX_LABEL,
  type VersiesUitkomst,
} from './versies/versies';
export { huidigeStand, standVan } from './versies/huidigeStand';
export { VERSIE_FORMAAT, type Versie, type VersieInfo } from './versies/types';
export { vergelijkWerkmap } from './vergelijking/vergelijkWerkmap';
export type { VergelijkMet, VergelijkOpties, VergelijkWerkmapUitkomst } from './vergelijking/vergelijkWerkmap';
export { vergelijkingLayout } from './vergelijking/layout';
export { vergelekenMet } from './vergelijking/oud';
export type { ScenariosPerVersie, VergelijkingKop } from './vergelijking/kop';
export type { VergelijkBron, VergelijkingLayout, VergelijkingMeta, VergelijkingRij } from './vergelijking/types';
export { gevoeligheidWerkmap, GEVOELIGHEID_STAART } from './gevoeligheid/gevoeligheidWerkmap';
export type { GevoeligheidWerkmapOpties, GevoeligheidWerkmapUitkomst } from './gevoeligheid/gevoeligheidWerkmap';
export { gevoeligheidLayout, GEVOELIGHEID_TITEL, MAX_IN_GRAFIEK } from './gevoeligheid/layout';
export type { GevoeligheidLayout, GevoeligheidMeta, GevoeligheidRij } from './gevoeligheid/types';
export { gevoeligheidGemaaktMet, leesGevoeligheidKop } from './gevoeligheid/kop';
export type { GevoeligheidKop } from './gevoeligheid/kop';
export { zelftest } from './zelftest/zelftest';
export { zelftestTekst, uitkomstTekst, oordeel, UITKOMST_WOORD } from './zelftest/tekst';
export type { GoldenCijfers } from './zelftest/golden';
export type { StapUitkomst, Vereiste, ZelftestOmgeving, ZelftestRapport, ZelftestStap } from './zelftest/types';
