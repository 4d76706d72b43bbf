import ExcelJS from 'exceljs';
import { benchSheets } from '../test/support/sheets';

/**
 * Writes the Opgave and Dekking sheets of `benchSheets(n)` (n opgave and n/2 dekking rows) to
 * an .xlsx with ExcelJS's streaming writer (shared strings and styles, as Excel writes them):
 * not through the adapter measured.
 */
export async function writeInput(path: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  for (const [name, { values }] of Object.entries(benchSheets(n))) {
    const ws = wb.addWorksheet(name);
    for (const row of values) ws.addRow(row as ExcelJS.CellValue[]).commit();
  }
  await wb.commit();
}
