import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { berekenWerkmap, versieLezen, versieVastleggen, versiesLezen } from '../../../src/workbook';
import { newXlsxPackage, readXlsxPackage } from '../../../src/workbook/node';
import { hiddenInFile } from '../../support/sheetState';
import { exact, versieWerkmap } from '../../support/versies';
import { nplv, soffice, tempDir } from '../../unit/cli/run';

const NU = new Date(Date.UTC(2026, 0, 15, 10, 30));

/**
 * A workbook with a recorded version long enough to take two rows of NPLV Versies,
 * saved again by LibreOffice (`--convert-to xlsx`): the version is still there, hidden, and
 * reads back exactly — LibreOffice keeps texts of 30,000 characters and the sheet's state.
 */
describe('a recorded version through LibreOffice', () => {
  (soffice() ? it : it.skip)(
    'lists and reads back exactly after LibreOffice saved the file',
    async () => {
      const werkmap = await newXlsxPackage(versieWerkmap(2000));
      const invoer = exact(((await berekenWerkmap(werkmap.port)) as { invoer: unknown }).invoer);
      expect(await versieVastleggen(werkmap.port, 'Jan', { nu: NU })).toMatchObject({ ok: true });
      const dir = tempDir();
      writeFileSync(join(dir, 'met-versie.xlsx'), await werkmap.toBuffer());
      const uit = join(dir, 'lo');
      execFileSync(
        soffice()!,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${dir}/profiel`,
          '--convert-to',
          'xlsx',
          '--outdir',
          uit,
          join(dir, 'met-versie.xlsx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const bytes = readFileSync(join(uit, 'met-versie.xlsx'));
      expect(await hiddenInFile(bytes, 'NPLV Versies')).toBe(true);
      const port = (await readXlsxPackage(bytes)).port;
      expect(await versiesLezen(port)).toEqual({
        ok: true,
        versies: [{ label: 'Jan', vastgelegd: '2026-01-15T10:30:00.000Z', formaat: 1, scenarios: [] }],
      });
      const [blad] = await port.readSheets(['NPLV Versies']);
      expect([blad.values[1][0], blad.values[2][0], typeof blad.values[2][3]]).toEqual(['Jan', null, 'string']); // the second row goes on from D
      const versie = await versieLezen(port, 'Jan');
      if (!versie.ok) throw new Error(JSON.stringify(versie.meldingen));
      expect(exact(versie.versie.stand.invoer)).toEqual(invoer);
      const lijst = await nplv('versies', join(uit, 'met-versie.xlsx'));
      expect([lijst.code, lijst.out.split('\n')[1]]).toEqual([
        0,
        expect.stringMatching(/^Jan {2,}\d\d-\d\d-2026 \d\d:\d\d {2,}geen \(basis\)$/),
      ]);
    },
    180_000,
  );
});
