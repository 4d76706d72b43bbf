import { execFileSync } from 'child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { herberekendMetGrafiek } from '../../support/chartWorkbook';
import { soffice, tempDir } from '../../unit/cli/run';

/**
 * What the .xlsx package adapter writes for a workbook with a chart (its parts are checked in
 * test/unit/workbook/xlsxPackage.test.ts) opens in LibreOffice with the same values.
 */
describe('herbereken on the .xlsx package adapter, on a workbook with a chart, in LibreOffice', () => {
  (soffice() ? it : it.skip)(
    'opens in LibreOffice with the same values',
    async () => {
      const { bytes } = await herberekendMetGrafiek();
      const dir = tempDir();
      writeFileSync(join(dir, 'uit.xlsx'), bytes);
      mkdirSync(join(dir, 'csv'));
      execFileSync(
        soffice()!,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${dir}/lo`,
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
          '--outdir',
          join(dir, 'csv'),
          join(dir, 'uit.xlsx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const csv = (name: string) =>
        readFileSync(
          join(
            dir,
            'csv',
            readdirSync(join(dir, 'csv')).find((f) => f.includes(name))!,
          ),
          'utf8',
        )
          .split('\n')
          .map((l) => l.split(','));
      const opgave = csv('Opgave');
      expect(opgave[2].slice(8, 10)).toEqual(['Rijksdeel', 'Dekking']); // I, after the input columns A–H
      expect(Number(opgave[3][8])).toBe(222.5);
      expect(csv('Totaalbeeld')[0][0]).toMatch(/NPLV Totaalbeeld/);
    },
    120_000,
  );
});
