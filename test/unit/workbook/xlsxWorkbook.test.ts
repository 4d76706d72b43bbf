import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { herberekenWerkmap } from '../../../src/workbook/herbereken';
import { openXlsx } from '../../../src/workbook/adapters/exceljs/xlsxWorkbook';
import { dense } from '../../contract/denseGrid';
import { DEKKING_ROWS, OPGAVE_ROWS } from '../../contract/seedSheets';

const dir = mkdtempSync(join(tmpdir(), 'nplv-xlsx-only-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function file(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

function seedSheets(wb: ExcelJS.Workbook) {
  const opgave = wb.addWorksheet('Opgave');
  OPGAVE_ROWS.forEach((r) => opgave.addRow(r));
  const dekking = wb.addWorksheet('Dekking');
  DEKKING_ROWS.forEach((r) => dekking.addRow(r));
  return { opgave, dekking };
}

describe('reading what ExcelJS finds in a file', () => {
  it('rich text, hyperlinks, dates, merged cells, shared formulas and error results', async () => {
    const path = await file('cells.xlsx', (wb) => {
      const ws = wb.addWorksheet('Blad');
      ws.mergeCells('A1:C1');
      ws.getCell('A1').value = 'Titel over drie kolommen';
      ws.getCell('A2').value = { richText: [{ text: 'Herstructurering ', font: { bold: true } }, { text: 'corporatievoorraad' }] };
      ws.getCell('B2').value = { text: 'seed 002', hyperlink: 'https://example.org' };
      ws.getCell('C2').value = new Date(Date.UTC(2026, 0, 28));
      ws.getCell('A3').value = 2;
      ws.getCell('A4').value = 3;
      ws.getCell('B3').value = { formula: 'A3*10', result: 20, shareType: 'shared', ref: 'B3:B4' } as ExcelJS.CellValue;
      ws.getCell('B4').value = { sharedFormula: 'B3', result: 30 } as ExcelJS.CellValue;
      ws.getCell('C3').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
    });
    const g = dense((await (await openXlsx(path)).port.readSheets(['Blad']))[0]);
    expect(g.values).toEqual([
      ['Titel over drie kolommen', null, null],
      ['Herstructurering corporatievoorraad', 'seed 002', 46050],
      [2, 20, { error: '#DIV/0!' }],
      [3, 30, null],
    ]);
    expect(g.formulas).toEqual([
      [null, null, null],
      [null, null, null],
      [null, 'A3*10', '1/0'],
      [null, 'A4*10', null],
    ]);
  });
});

describe('writing', () => {
  it('changes the format of the cells it writes only, though ExcelJS shares style objects between cells', async () => {
    const path = await file('styles.xlsx', (wb) => {
      const { opgave } = seedSheets(wb);
      opgave.getCell('F1').value = 'Rijksdeel';
      for (let r = 2; r <= 21; r++) {
        opgave.getCell(`E${r}`).numFmt = '#,##0';
        opgave.getCell(`F${r}`).value = 0;
        opgave.getCell(`F${r}`).numFmt = '#,##0';
      }
    });
    const werkmap = await openXlsx(path);
    const uitkomst = await herberekenWerkmap(werkmap.port);
    expect(uitkomst.ok).toBe(true);
    await werkmap.save(join(dir, 'styles-uit.xlsx'));
    const [g] = await (await openXlsx(join(dir, 'styles-uit.xlsx'))).port.readSheets(['Opgave']);
    expect(g.values[0].slice(5, 8)).toEqual(['Rijksdeel', 'Dekking', 'Rijksdekking']);
    expect(g.values[1][5]).toBe(222.5);
    expect(g.numberFormats.slice(1).map((r) => r[5])).toEqual(Array(20).fill('#,##0.0'));
    expect(g.numberFormats.slice(1).map((r) => r[4])).toEqual(Array(20).fill('#,##0'));
  });

  it('writes the Totaalbeeld into an existing NPLV Totaalbeeld sheet, in its place in the tab order, keeping what it holds apart from its cells (issue 12)', async () => {
    const path = await file('tabs.xlsx', (wb) => {
      wb.addWorksheet('NPLV Totaalbeeld').getCell('Z99').value = 'oud';
      seedSheets(wb);
    });
    const werkmap = await openXlsx(path);
    const uitkomst = await herberekenWerkmap(werkmap.port);
    expect(uitkomst.ok).toBe(true);
    await werkmap.save(join(dir, 'tabs-uit.xlsx'));
    const port = (await openXlsx(join(dir, 'tabs-uit.xlsx'))).port;
    expect(await port.sheetNames()).toEqual(['NPLV Totaalbeeld', 'Opgave', 'Dekking']);
    const [g] = await port.readSheets(['NPLV Totaalbeeld']);
    expect(g.values[99 - g.top][26 - g.left]).toBe('oud'); // Z99: not a cell of the add-in's (no line names its cells, A1 was empty)
    expect(String(g.values[0][0])).toMatch(/^NPLV Totaalbeeld — berekend /);
  });
});
