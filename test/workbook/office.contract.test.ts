import { OfficeWorkbook, type ExcelRun } from '../../src/workbook/officeWorkbook';
import { officeHarness } from '../robustness/harnesses';
import { contract } from './contract';

describe('the Office.js workbook keeps the adapter contract, on the in-memory Excel', () => {
  // Re-opening makes a new adapter over the same Excel: nothing it remembered carries over.
  contract({ ...officeHarness, charts: true });
});

/** Never called: proves that Excel's own `Excel.run` is what the adapter takes. */
export function takesExcelRun(): OfficeWorkbook {
  const run: ExcelRun = Excel.run;
  return new OfficeWorkbook(run);
}
