import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync, mkdirSync, writeFileSync } from 'fs';
import { execFileSync } from 'child_process';
import { join } from 'path';
import { herberekenWerkmap } from '../../../src/workbook';
import { readXlsxPackage } from '../../../src/workbook/node';
import type { CellValue } from '../../../src/workbook/port';
import { doorLibreOffice, soffice } from '../../robustness/andereMakers';
import { DEKKING_KOP, D_NIEUWBOUW, D_ONDERWIJS, NIEUWBOUW, ONDERWIJS, OPGAVE_KOP } from '../../robustness/werkmap';
import { lookOf } from '../../support/excelLook';
import { tempDir } from '../../unit/cli/run';

/**
 * Issue 16 against files of another program: a workbook LibreOffice saved with a styled header
 * row (bold, filled, bordered), recalculated by the package writer: the computed headers get
 * the header row's style; and the row outline the package writer makes survives LibreOffice
 * opening the file and saving it again.
 */
const O = 'urn:oasis:names:tc:opendocument:xmlns';
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const cel = (v: CellValue, kop: boolean) => {
  const style = kop ? ' table:style-name="kop"' : '';
  if (v === null) return `<table:table-cell${style}/>`;
  if (typeof v === 'number')
    return `<table:table-cell${style} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
  return `<table:table-cell${style} office:value-type="string"><text:p>${esc(String(v))}</text:p></table:table-cell>`;
};
const tabel = (naam: string, rijen: CellValue[][]) =>
  `<table:table table:name="${naam}">${rijen.map((r, i) => `<table:table-row>${r.map((v) => cel(v, i === 0)).join('')}</table:table-row>`).join('')}</table:table>`;
const FODS = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="${O}:office:1.0" xmlns:table="${O}:table:1.0" xmlns:text="${O}:text:1.0" xmlns:style="${O}:style:1.0" xmlns:fo="${O}:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles><style:style style:name="kop" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.74pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>
<office:body><office:spreadsheet>${tabel('Opgave', [OPGAVE_KOP, NIEUWBOUW, ONDERWIJS])}${tabel('Dekking', [DEKKING_KOP, D_NIEUWBOUW, D_ONDERWIJS])}</office:spreadsheet></office:body></office:document>`;

const inCi = process.env.CI === 'true';
const metLibreOffice = soffice() || inCi ? describe : describe.skip;
if (!soffice() && !inCi) console.warn('LibreOffice ontbreekt: de opmaak-gevallen met LibreOffice zijn overgeslagen (CI installeert het).');

metLibreOffice('the look of the written columns, with LibreOffice (issue 16)', () => {
  it('gives the computed headers of a workbook LibreOffice saved the style of its header row, and LibreOffice keeps the outline written', async () => {
    const dir = tempDir();
    const { opmaak } = doorLibreOffice(dir, { opmaak: FODS });
    const werkmap = await readXlsxPackage(readFileSync(opmaak));
    expect((await herberekenWerkmap(werkmap.port, { undo: false })).ok).toBe(true);
    // An outline on the Totaalbeeld (rows 5–6 under row 4) and on a sheet made here.
    await werkmap.port.apply({
      sheets: [{ name: 'Groepen', values: [['Totaal'], ['a'], ['b']], rowGroups: [{ top: 2, bottom: 3 }] }],
      writes: [],
      rowGroups: [{ sheet: 'NPLV Totaalbeeld', groups: [{ top: 5, bottom: 6 }] }],
      deleteSheets: [],
    });
    const bytes = await werkmap.toBuffer();

    // The headers: as ExcelJS reads them, and by their style index in the sheet's XML.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    for (const [blad, kop, berekend] of [
      ['Opgave', 'E1', ['F1', 'G1', 'L1']],
      ['Dekking', 'F1', ['G1']],
    ] as const) {
      const ws = wb.getWorksheet(blad)!;
      expect(lookOf(ws.getCell(kop))).toEqual({ bold: true, fill: '#D9E1F2', border: true });
      for (const c of berekend) expect([c, lookOf(ws.getCell(c))]).toEqual([c, lookOf(ws.getCell(kop))]);
      expect(ws.getColumn(7).width).toBeGreaterThanOrEqual(blad === 'Opgave' ? 'Dekking'.length : 'Totale dekking'.length);
    }
    const sheet1 = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    const s = (c: string) => new RegExp(`<c r="${c}"[^>]*? s="(\\d+)"`).exec(sheet1)?.[1];
    expect(s('F1')).toBe(s('E1'));

    // LibreOffice opens our file and saves it again: the outlines are still there.
    writeFileSync(join(dir, 'uit.xlsx'), bytes);
    mkdirSync(join(dir, 'weer'));
    execFileSync(
      soffice()!,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${dir}/lo`,
        '--convert-to',
        'xlsx',
        '--outdir',
        join(dir, 'weer'),
        join(dir, 'uit.xlsx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const weer = await readXlsxPackage(readFileSync(join(dir, 'weer', 'uit.xlsx')));
    const [totaalbeeld, groepen] = await weer.port.readSheets(['NPLV Totaalbeeld', 'Groepen']);
    expect([totaalbeeld.rowGroups, groepen.rowGroups]).toEqual([[{ top: 5, bottom: 6 }], [{ top: 2, bottom: 3 }]]);
  }, 180_000);
});
