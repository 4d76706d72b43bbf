import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FakeExcel } from '../../src/dev/fakeExcel';
import type { SheetInit } from '../../src/sheet';
import { MemoryWorkbook } from '../../src/workbook/adapters/memory/memoryWorkbook';
import { OfficeWorkbook } from '../../src/workbook/adapters/office/officeWorkbook';
import { toPoints } from '../../src/workbook/adapters/office/cells';
import type { CellValue, WorkbookPort } from '../../src/workbook/port';
import { openXlsx, type XlsxWerkmap } from '../../src/workbook/adapters/exceljs/xlsxWorkbook';
import type { FixtureSheet } from '../contract/contract';
import { fixtureInit } from '../contract/fixtureInit';
import { excelStyle, lookInFile } from '../support/excelLook';
import { hiddenInFile } from '../support/sheetState';

/**
 * A contract fixture sheet with what only some adapters can hold. What an adapter cannot hold
 * it leaves out, and reads the same values as Excel would give for it: a merged area holds its
 * value in its top-left cell only, a hidden row reads like any other row.
 */
export interface RobustSheet extends FixtureSheet {
  /** Merged areas (`A1:E1`); the .xlsx harness merges them (ExcelJS `mergeCells`). */
  merges?: string[];
  /** 1-based rows the .xlsx harness hides. */
  hiddenRows?: number[];
  /** A number format on the cells of one column, rows `from` to `to`, holding no value. */
  formattedEmpty?: { column: number; from: number; to: number; format: string };
}

export type HarnessNaam = 'memory' | 'xlsx' | 'office';

export interface RobustHarness {
  naam: HarnessNaam;
  create(sheets: RobustSheet[]): Promise<WorkbookPort>;
  /** The workbook as stored: .xlsx saves and re-opens; Office gets a new adapter over the same Excel. */
  reopen(port: WorkbookPort): Promise<WorkbookPort>;
}

/**
 * The sheet as 2D blocks from A1. The formatted empty cells share one sparse row each for
 * values and formats: a million rows cost a million pointers, not a million arrays.
 */
function sheetInit(sheet: RobustSheet): SheetInit {
  const init = fixtureInit(sheet);
  const f = sheet.formattedEmpty;
  if (!f) return init;
  const [values, formats] = [init.values, (init.numberFormats ??= [])];
  const [empty, format] = [new Array<null>(f.column), new Array<string>(f.column)];
  [empty[f.column - 1], format[f.column - 1]] = [null, f.format];
  for (let r = f.from - 1; r < f.to; r++) [values[r], formats[r]] = [empty, format];
  return init;
}

const inits = (sheets: RobustSheet[]) => Object.fromEntries(sheets.map((s) => [s.name, sheetInit(s)]));

export const memoryHarness: RobustHarness = {
  naam: 'memory',
  create: async (sheets) => new MemoryWorkbook(inits(sheets)),
  reopen: async (port) => port,
};

const excels = new WeakMap<WorkbookPort, FakeExcel>();
const officePort = (fake: FakeExcel) => {
  const port = new OfficeWorkbook(fake.run, true);
  excels.set(port, fake);
  return port;
};

/** The in-memory Excel under a port the office harness made. */
export const fakeExcelOf = (port: WorkbookPort): FakeExcel => excels.get(port)!;

export const officeHarness: RobustHarness = {
  naam: 'office',
  create: async (sheets) => {
    // The in-memory Excel keeps widths in points, as Excel gives them.
    const init = Object.fromEntries(
      Object.entries(inits(sheets)).map(([n, i]) => [
        n,
        { ...i, columnWidths: i.columnWidths?.map((w) => (w === null ? null : toPoints(w))) },
      ]),
    );
    const fake = new FakeExcel(init);
    // Excel calculates a workbook it opens: a formula saved without a value has one there (what it can calculate).
    fake.calculationMode = 'Automatic';
    return officePort(fake);
  },
  reopen: async (port) => officePort(excels.get(port)!),
};

/**
 * ExcelJS parses every cell element of a file: a million formatted cells take about 20 s to
 * write and as long to read, and the harness does both twice. It formats this many at most.
 */
export const XLSX_FORMATTED_ROWS = 20_000;

const excel = (v: CellValue) => v as ExcelJS.CellValue;

/** Writes the fixture with ExcelJS itself (not through the adapter), as a file. */
async function writeFixture(sheets: RobustSheet[], path: string): Promise<void> {
  await fixtureBook(sheets).xlsx.writeFile(path);
}

/** The fixture as ExcelJS makes it (not through an adapter). */
export function fixtureBook(sheets: RobustSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = excel(v))));
    for (const [address, { formula, result }] of Object.entries(sheet.formulas ?? {}))
      ws.getCell(address).value = { formula, result: excel(result) } as ExcelJS.CellValue;
    for (const [address, format] of Object.entries(sheet.numberFormats ?? {})) ws.getCell(address).numFmt = format;
    for (const [address, look] of Object.entries(sheet.looks ?? {}))
      ws.getCell(address).style = { ...ws.getCell(address).style, ...excelStyle(look) };
    sheet.columnWidths?.forEach((w, c) => w !== null && (ws.getColumn(c + 1).width = w));
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    for (const row of sheet.hiddenRows ?? []) ws.getRow(row).hidden = true;
    const f = sheet.formattedEmpty;
    if (f) for (let r = f.from; r <= Math.min(f.to, f.from + XLSX_FORMATTED_ROWS - 1); r++) ws.getCell(r, f.column).numFmt = f.format;
  }
  return wb;
}

let dir: string | undefined;
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
let files = 0;
const nextPath = () => join((dir ??= mkdtempSync(join(tmpdir(), 'nplv-robuust-'))), `werkmap-${++files}.xlsx`);

const opened = new WeakMap<WorkbookPort, XlsxWerkmap>();
async function openFile(path: string): Promise<WorkbookPort> {
  const werkmap = await openXlsx(path);
  opened.set(werkmap.port, werkmap);
  return werkmap.port;
}

/** A cell's look in the workbook an xlsx harness opened, as saved. */
export const xlsxLook = async (port: WorkbookPort, sheet: string, address: string) =>
  lookInFile(ExcelJS, await opened.get(port)!.toBuffer(), sheet, address);

/** Whether a sheet of the workbook an xlsx harness opened is hidden, as saved. */
export const xlsxHidden = async (port: WorkbookPort, sheet: string) => hiddenInFile(await opened.get(port)!.toBuffer(), sheet);

export const xlsxHarness: RobustHarness = {
  naam: 'xlsx',
  create: async (sheets) => {
    const path = nextPath();
    await writeFixture(sheets, path);
    return openFile(path);
  },
  reopen: async (port) => {
    const path = nextPath();
    await opened.get(port)!.save(path);
    return openFile(path);
  },
};
