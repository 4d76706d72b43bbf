import { spawnSync } from 'child_process';
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { writeAtomically } from '../../src/cli/files';
import { CliFout, foutBericht } from '../../src/cli/fouten';
import { tempDir } from './run';

/**
 * Failures while writing (issue 12, item 6) that a test cannot cause on a healthy disk as
 * root: the write itself fails as the system would (a full disk, an I/O error, no
 * permission), half-way through the file. Nothing half is left, a previous output stays as
 * it was, and the message is Dutch and names the file.
 */

/** Node's error for a failed system call, as fs throws it. */
function systeemFout(code: string, pad: string): Error {
  return Object.assign(new Error(`${code}: failed, write '${pad}'`), { code, syscall: 'write', path: pad });
}

describe('writeAtomically: a write that fails half-way', () => {
  it.each([
    ['ENOSPC', 'de schijf is vol; maak ruimte vrij of kies een andere map'],
    ['EIO', 'lees- of schrijffout van de schijf (EIO); controleer de schijf of de netwerkverbinding'],
    ['EACCES', 'geen toestemming (rechten van het bestand of de map)'],
    ['EROFS', 'de schijf is alleen-lezen'],
    ['EDQUOT', 'uw schijfruimte (quotum) is op; maak ruimte vrij of kies een andere map'],
  ])('%s: a Dutch message naming the output, no half file, the previous output untouched', async (code, reden) => {
    const dir = tempDir();
    const uit = join(dir, 'uit.xlsx');
    writeFileSync(uit, 'vorige uitvoer');
    const schrijf = async (tmp: string) => {
      writeFileSync(tmp, 'PK\x03\x04 half');
      throw systeemFout(code, tmp);
    };
    const fout = await writeAtomically(uit, schrijf).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(CliFout);
    expect(foutBericht(fout)).toBe(`kan '${uit}' niet schrijven: ${reden}`);
    expect(readdirSync(dir)).toEqual(['uit.xlsx']);
    expect(readFileSync(uit, 'utf8')).toBe('vorige uitvoer');
  });

  it('a whole write replaces the output in one step and leaves no temporary file', async () => {
    const dir = tempDir();
    const uit = join(dir, 'uit.xlsx');
    writeFileSync(uit, 'vorige uitvoer');
    await writeAtomically(uit, async (tmp) => {
      // While writing, the output is still the previous one.
      expect(readFileSync(uit, 'utf8')).toBe('vorige uitvoer');
      writeFileSync(tmp, 'nieuw');
    });
    expect([readdirSync(dir), readFileSync(uit, 'utf8')]).toEqual([['uit.xlsx'], 'nieuw']);
  });
});

describe('writeAtomically: a run interrupted half-way through the write', () => {
  it.each(['SIGINT', 'SIGTERM'])('%s: the process ends by the signal, leaving neither a half nor a temporary file', (signaal) => {
    const dir = tempDir();
    const uit = join(dir, 'uit.xlsx');
    const script = `require(${JSON.stringify(join(__dirname, '../../src/cli/files.ts'))}).writeAtomically(${JSON.stringify(uit)}, async (tmp) => {
      require('fs').writeFileSync(tmp, 'PK half');
      process.kill(process.pid, '${signaal}');
      await new Promise((r) => setTimeout(r, 20000));
    });`;
    const r = spawnSync(process.execPath, ['-r', join(__dirname, 'tsRegister.cjs'), '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect([r.signal, r.stderr]).toEqual([signaal, '']);
    expect(readdirSync(dir)).toEqual([]);
  }, 70_000);
});

describe('foutBericht: anything thrown is one Dutch line', () => {
  it.each([
    [systeemFout('EMFILE', '/x/y.xlsx'), "kan '/x/y.xlsx' niet gebruiken: te veel open bestanden; probeer het opnieuw"],
    [Object.assign(new RangeError('File size (3000000000) is greater than 2 GiB'), { code: 'ERR_FS_FILE_TOO_LARGE' }), 'kan niet gebruiken: het bestand is te groot om in één keer te lezen (meer dan 2 GB)'],
    [new RangeError('Array buffer allocation failed'), 'te weinig geheugen voor dit bestand'],
    [new TypeError("Cannot read properties of undefined (reading 'x')"), 'onverwachte fout (TypeError); draai de opdracht opnieuw met --debug en geef de uitvoer door aan de beheerder van nplv'],
    ['a string', 'onverwachte fout (string); draai de opdracht opnieuw met --debug en geef de uitvoer door aan de beheerder van nplv'],
  ])('%p', (e, bericht) => {
    expect(foutBericht(e)).toBe(bericht);
  });
});
