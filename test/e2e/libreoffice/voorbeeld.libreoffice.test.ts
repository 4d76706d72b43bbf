import { execFileSync } from 'child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { newXlsx } from '../../../src/workbook/adapters/exceljs/xlsxWorkbook';
import { voorbeeldBladen } from '../../../src/voorbeeld/werkmap';
import { nplv, soffice, tempDir } from '../../unit/cli/run';

/**
 * The example workbook `nplv voorbeeld` writes with the package writer (issue 14) opens in
 * LibreOffice and shows there what the one ExcelJS writes of the same sheets shows (as
 * `nplv voorbeeld` wrote it before): each sheet as CSV, text for text.
 */
describe('the example workbook in another spreadsheet program', () => {
  // CI installs LibreOffice; elsewhere the test is skipped without it.
  (soffice() || process.env.CI === 'true' ? it : it.skip)(
    'LibreOffice opens it and shows every sheet as it shows the one ExcelJS writes',
    async () => {
      const dir = tempDir();
      const [nieuw, oud, csvDir] = [join(dir, 'nieuw.xlsx'), join(dir, 'oud.xlsx'), join(dir, 'csv')];
      expect((await nplv('voorbeeld', nieuw)).code).toBe(0);
      const werkmap = newXlsx();
      await werkmap.port.apply({ sheets: voorbeeldBladen(), writes: [], deleteSheets: [] });
      writeFileSync(oud, await werkmap.toBuffer());
      mkdirSync(csvDir);
      // Every sheet as CSV (the last field, -1), values as stored, UTF-8.
      const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
      execFileSync(
        soffice()!,
        ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', filter, '--outdir', csvDir, nieuw, oud],
        { stdio: 'ignore', timeout: 180_000 },
      );
      const csv = (file: string) => readFileSync(join(csvDir, file), 'utf8');
      expect(readdirSync(csvDir).sort()).toEqual(['nieuw-Dekking.csv', 'nieuw-Opgave.csv', 'oud-Dekking.csv', 'oud-Opgave.csv']);
      for (const blad of ['Opgave', 'Dekking']) expect(csv(`nieuw-${blad}.csv`)).toBe(csv(`oud-${blad}.csv`));
      expect(csv('nieuw-Opgave.csv').split('\n')[2]).toBe(
        'Periode,Pijler,Onderdeel,Opgave,Verdeelsleutel,Scenario,Bron raming,Toelichting',
      );
      expect(csv('nieuw-Opgave.csv').split('\n')[3]).toBe('tot 2030,Fysiek,Nieuwbouw,445,,,,');
    },
    200_000,
  );
});
