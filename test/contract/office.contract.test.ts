import { OfficeWorkbook, type ExcelRun } from '../../src/workbook/adapters/office/officeWorkbook';
import { fakeExcelOf, officeHarness } from '../robustness/harnesses';
import { contract } from './contract';

describe('the Office.js workbook keeps the adapter contract, on the in-memory Excel', () => {
  // Re-opening makes a new adapter over the same Excel: nothing it remembered carries over.
  contract({
    ...officeHarness,
    charts: true,
    hidden: async (port, sheet) => fakeExcelOf(port).visibility(sheet) !== 'Visible',
    look: async (port, sheet, address) => ({
      bold: fakeExcelOf(port).cell(sheet, address).bold,
      ...fakeExcelOf(port).look(sheet, address),
    }),
    andereGrafieken: {
      // As the analyst makes one in Excel: a line chart of a block, named by them.
      add: (port, sheet, name) =>
        fakeExcelOf(port).run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.charts.add('Line', ws.getRange('B5:C6'), 'Auto').name = name;
          await context.sync();
        }),
      names: async (port, sheet) =>
        fakeExcelOf(port)
          .charts(sheet)
          .map((c) => c.name)
          .filter((n) => !n.startsWith('NPLV grafiek')),
    },
  });
});

/** Never called: proves that Excel's own `Excel.run` is what the adapter takes. */
export function takesExcelRun(): OfficeWorkbook {
  const run: ExcelRun = Excel.run;
  return new OfficeWorkbook(run);
}
