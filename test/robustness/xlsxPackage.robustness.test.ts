import { xlsxHarness } from './harnesses';
import { robustness } from './suite';

// The .xlsx harness (fixtures written by ExcelJS, merges, hidden rows and all) with its files
// opened and saved by the package adapter instead of ExcelJS.
jest.mock('../../src/workbook/xlsxWorkbook', () => ({
  ...jest.requireActual('../../src/workbook/xlsxWorkbook'),
  openXlsx: (path: string) => jest.requireActual('../../src/workbook/xlsxPackage').openXlsxPackage(path),
}));

describe('bad and odd workbooks on the xlsx package adapter', () => robustness(xlsxHarness));
