import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { CellValue, WorkbookPort } from '../../src/workbook/port';
import { openXlsx, type XlsxWerkmap } from '../../src/workbook/xlsxWorkbook';
import { contract, type FixtureSheet } from './contract';

const dir = mkdtempSync(join(tmpdir(), 'nplv-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const nextPath = () => join(dir, `werkmap-${++files}.xlsx`);

const excel = (v: CellValue) => v as ExcelJS.CellValue;

/** Writes the fixture with ExcelJS itself (not through the adapter), as a file. */
async function writeFixture(sheets: FixtureSheet[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = excel(v))));
    for (const [address, { formula, result }] of Object.entries(sheet.formulas ?? {}))
      ws.getCell(address).value = { formula, result: excel(result) } as ExcelJS.CellValue;
    for (const [address, format] of Object.entries(sheet.numberFormats ?? {})) ws.getCell(address).numFmt = format;
  }
  const path = nextPath();
  await wb.xlsx.writeFile(path);
  return path;
}

const opened = new WeakMap<WorkbookPort, XlsxWerkmap>();
async function open(path: string) {
  const werkmap = await openXlsx(path);
  opened.set(werkmap.port, werkmap);
  return werkmap.port;
}

describe('the .xlsx workbook (ExcelJS) keeps the adapter contract, through save and re-open', () => {
  contract({
    create: async (sheets) => open(await writeFixture(sheets)),
    reopen: async (port) => {
      const path = nextPath();
      await opened.get(port)!.save(path);
      return open(path);
    },
    charts: false,
  });
});
