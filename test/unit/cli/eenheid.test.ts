import { copyFileSync, existsSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { GOED, nplv, tempDir, writeWorkbook } from './run';

/** Saved by LibreOffice Calc (otherSoftware.test.ts): its Opgave sheet's title says "(bedragen in euro)". */
const LIBREOFFICE = join(__dirname, '../../fixtures/libreoffice/andere-indeling.xlsx');

describe('the unit of a workbook on the command line (issue 12)', () => {
  it('a LibreOffice workbook in euros prints Bedragen in euro and whole euros', async () => {
    const { code, out } = await nplv('totaalbeeld', LIBREOFFICE);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[1]).toBe('Bedragen in euro');
    // tot 2030, Fysieke pijler: opgave 423.456.789.012,34 and restopgave 398.456.789.012,34 shown whole; per jaar 398.456.789.012,34 / 4 = 99.614.197.253,085.
    expect(lines.find((l) => l.startsWith('Fysieke pijler'))?.split(/\s{2,}/)).toEqual([
      'Fysieke pijler',
      '423.456.789.012',
      '25.000.000.000',
      '398.456.789.012',
      '99.614.197.253',
      '403.456.789.012',
    ]);
  });

  it('herbereken writes its amounts there as #,##0, exact, and the Totaalbeeld says euro', async () => {
    const dir = tempDir();
    const input = join(dir, 'raming.xlsx');
    copyFileSync(LIBREOFFICE, input);
    expect((await nplv('herbereken', input)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'raming-herberekend.xlsx'));
    const totaalbeeld = wb.getWorksheet('NPLV Totaalbeeld')!;
    expect(totaalbeeld.getCell('A2').value).toBe('Bedragen in euro');
    const opgave = wb.worksheets.find((ws) => ws.name.trim() === 'opgaven')!;
    // The first owned column (Rijksdeel) of the first data row: Nieuwbouw Rotterdam-Zuid, 123.456.789.012,34 × 40%.
    const kop = opgave.getRow(4);
    const rijksdeel = [...Array(kop.cellCount).keys()].map((i) => i + 1).find((c) => kop.getCell(c).value === 'Rijksdeel')!;
    expect([opgave.getCell(5, rijksdeel).value, opgave.getCell(5, rijksdeel).numFmt]).toEqual([49382715604.936, '#,##0']);
  });

  it('units that differ: exit 1, both cells named, nothing written', async () => {
    const dir = tempDir();
    const input = join(dir, 'raming.xlsx');
    const dekking = GOED.Dekking.map((r, i) =>
      i === 0 ? ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering (mln €)', 'Rijksfinanciering (mln €)'] : r,
    );
    await writeWorkbook(input, { Opgave: [['Bedragen in euro'], ...GOED.Opgave], Dekking: dekking });
    const { code, err } = await nplv('herbereken', input);
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual([
      "fout Dekking!E1: eenheid 'mln €' wijkt af van 'euro' in Opgave!A1; gebruik één eenheid",
      "fout Dekking!F1: eenheid 'mln €' wijkt af van 'euro' in Opgave!A1; gebruik één eenheid",
      `2 fouten in ${input} — niets geschreven.`,
    ]);
    expect(existsSync(join(dir, 'raming-herberekend.xlsx'))).toBe(false);
  });
});
