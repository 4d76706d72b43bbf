/**
 * The workbook layer's way in for Node (the command line, the demo's server, tests): the
 * adapters that read and write .xlsx files. Kept apart from index.ts so that the pane's and the
 * functions' bundles never load zlib or the file system (an ESLint rule keeps them out).
 * ExcelJS is no part of it: its adapter (adapters/exceljs) serves the tests only.
 */
export {
  readXlsxPackage,
  newXlsxPackage,
  GeenWerkmap,
  openXlsxPackage,
  type PackageWerkmap,
  PAKKET,
  type PakketSoort,
  type ZipUitvoer,
} from './adapters/xlsx';
