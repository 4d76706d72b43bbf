import type { WorkbookPort } from '../../src/workbook/port';
import { newXlsx } from '../../src/workbook/adapters/exceljs/xlsxWorkbook';
import { readXlsxPackage, type PackageWerkmap } from '../../src/workbook/adapters/xlsx';
import { contract, type FixtureSheet } from './contract';
import { fixtureInit } from './fixtureInit';

/** The fixture as a file written by ExcelJS (through its adapter, not the one tested). */
async function writeFixture(sheets: FixtureSheet[]): Promise<Buffer> {
  const werkmap = newXlsx();
  await werkmap.port.apply({ sheets: sheets.map((s) => ({ name: s.name, ...fixtureInit(s) })), writes: [], deleteSheets: [] });
  return werkmap.toBuffer();
}

const opened = new WeakMap<WorkbookPort, PackageWerkmap>();
async function open(bytes: Buffer) {
  const werkmap = await readXlsxPackage(bytes);
  opened.set(werkmap.port, werkmap);
  return werkmap.port;
}

describe('the .xlsx package adapter keeps the adapter contract, through save and re-open', () => {
  contract({
    create: async (sheets) => open(await writeFixture(sheets)),
    reopen: async (port) => open(await opened.get(port)!.toBuffer()),
    charts: true,
  });
});
