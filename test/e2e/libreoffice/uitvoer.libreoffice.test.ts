import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { werkmapAls } from '../../unit/cli/bestanden';
import { nplv, soffice } from '../../unit/cli/run';

/**
 * The output of `nplv herbereken` on a macro-enabled package opens in LibreOffice (the kind it
 * keeps is checked in test/unit/cli/uitvoer.test.ts). CI has LibreOffice: there the test runs.
 */
const metLibreOffice = soffice() || process.env.CI === 'true' ? it : it.skip;

describe('the output keeps the kind of the input package, in LibreOffice', () => {
  metLibreOffice(
    'raming.xlsm → raming-herberekend.xlsm, and LibreOffice reads it',
    async () => {
      const { dir, file } = await werkmapAls('xlsm', 'raming.xlsm');
      expect((await nplv('herbereken', file)).code).toBe(0);
      const uit = join(dir, 'raming-herberekend.xlsm');
      // LibreOffice opens it as a workbook: the first sheet (Opgave) as CSV has the computed columns.
      execFileSync(
        soffice()!,
        ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'csv', '--outdir', join(dir, 'csv'), uit],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const csv = readFileSync(join(dir, 'csv', 'raming-herberekend.csv'), 'utf8');
      expect(csv).toMatch(/Rijksdeel,Dekking,Rijksdekking,Restopgave/);
    },
    150_000,
  );
});
