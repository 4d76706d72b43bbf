import { FakeExcel } from '../../src/fakeExcel';
import { OfficeWorkbook, type ExcelRun } from '../../src/workbook/officeWorkbook';
import type { WorkbookPort } from '../../src/workbook/port';
import { contract } from './contract';
import { fixtureInit } from './fixtureInit';

const excels = new WeakMap<WorkbookPort, FakeExcel>();
function open(fake: FakeExcel): WorkbookPort {
  const port = new OfficeWorkbook(fake.run);
  excels.set(port, fake);
  return port;
}

describe('the Office.js workbook keeps the adapter contract, on the in-memory Excel', () => {
  contract({
    create: async (sheets) => open(new FakeExcel(Object.fromEntries(sheets.map((s) => [s.name, fixtureInit(s)])))),
    // A new adapter over the same Excel: nothing it remembered carries over.
    reopen: async (port) => open(excels.get(port)!),
    charts: true,
  });
});

/** Never called: proves that Excel's own `Excel.run` is what the adapter takes. */
export function takesExcelRun(): OfficeWorkbook {
  const run: ExcelRun = Excel.run;
  return new OfficeWorkbook(run);
}
