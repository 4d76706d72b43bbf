import ExcelJS from 'exceljs';
import type { WorkbookPort } from '../../src/workbook/port';
import { readXlsxPackage, type PackageWerkmap } from '../../src/workbook/adapters/xlsx';
import { fixtureBook } from '../robustness/harnesses';
import { lookInFile } from '../support/excelLook';
import { hiddenInFile } from '../support/sheetState';
import { contract, type FixtureSheet } from './contract';

/** The fixture as a file written by ExcelJS (not through the adapter tested). */
async function writeFixture(sheets: FixtureSheet[]): Promise<Buffer> {
  return Buffer.from(await fixtureBook(sheets).xlsx.writeBuffer());
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
    hidden: async (port, sheet) => hiddenInFile(await opened.get(port)!.toBuffer(), sheet),
    look: async (port, sheet, address) => lookInFile(ExcelJS, await opened.get(port)!.toBuffer(), sheet, address),
  });
});
