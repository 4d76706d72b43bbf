import ExcelJS from 'exceljs';

/** Whether a file's sheet is hidden, as ExcelJS reads its `state` in workbook.xml (a reader other than the adapter's). */
export async function hiddenInFile(bytes: Buffer, sheet: string): Promise<boolean> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet named '${sheet}'`);
  return ws.state !== 'visible';
}
