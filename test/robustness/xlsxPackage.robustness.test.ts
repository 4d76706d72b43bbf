import { xlsxHarness } from './harnesses';
import { robustness } from './suite';

// The .xlsx harness (fixtures written by ExcelJS, merges, hidden rows and all) with its files
// opened and saved by the package adapter instead of ExcelJS.
jest.mock('../../src/workbook/adapters/exceljs/xlsxWorkbook', () => ({
  ...jest.requireActual('../../src/workbook/adapters/exceljs/xlsxWorkbook'),
  openXlsx: (path: string) => jest.requireActual('../../src/workbook/adapters/xlsx').openXlsxPackage(path),
}));

describe('bad and odd workbooks on the xlsx package adapter', () => robustness(xlsxHarness));
