import ExcelJS from 'exceljs';
import { voorbeeldBladen } from '../../../src/voorbeeld/werkmap';
import { newXlsx, readXlsx } from '../../../src/workbook/adapters/exceljs/xlsxWorkbook';
import { readXlsxPackage } from '../../../src/workbook/adapters/xlsx';
import { herberekenWerkmap } from '../../../src/workbook/herbereken';
import type { WorkbookPort } from '../../../src/workbook/port';

/** The example workbook as a file (ExcelJS writes it), opening on Opgave!A1 as a file Excel saved says in its views. */
async function voorbeeldBestand(): Promise<Buffer> {
  const werkmap = newXlsx();
  await werkmap.port.apply({ sheets: voorbeeldBladen(), writes: [], deleteSheets: [] });
  await werkmap.port.select('Opgave', 'A1');
  return werkmap.toBuffer();
}

/** The sheet a file opens on and its active cell, as ExcelJS (a reader independent of ours) reads them. */
async function opentOp(bytes: Buffer): Promise<[string, string | undefined]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[wb.views?.[0]?.activeTab ?? 0];
  return [ws.name, ws.views?.[0]?.activeCell];
}

const ADAPTERS: [string, (bytes: Buffer) => Promise<{ port: WorkbookPort; toBuffer(): Promise<Buffer> }>][] = [
  ['the .xlsx package adapter', (bytes) => readXlsxPackage(bytes)],
  ['the ExcelJS adapter', (bytes) => readXlsx(bytes)],
];

describe.each(ADAPTERS)('WorkbookChanges.toon on %s', (_naam, open) => {
  it('herbereken with toonTotaalbeeld: the file opens on the NPLV Totaalbeeld, A1 active', async () => {
    const werkmap = await open(await voorbeeldBestand());
    expect(await herberekenWerkmap(werkmap.port, { toonTotaalbeeld: true })).toMatchObject({ ok: true });
    expect(await opentOp(await werkmap.toBuffer())).toEqual(['NPLV Totaalbeeld', 'A1']);
  });

  it('without it (the command line): the file opens where it did', async () => {
    const werkmap = await open(await voorbeeldBestand());
    expect(await herberekenWerkmap(werkmap.port, {})).toMatchObject({ ok: true });
    expect(await opentOp(await werkmap.toBuffer())).toEqual(['Opgave', 'A1']);
  });
});
