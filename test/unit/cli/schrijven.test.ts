import { spawnSync } from 'child_process';
import crypto from 'crypto';
import fs, { lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import { CliFout, foutBericht } from '../../../src/cli/fouten';
import { writeAtomically } from '../../../src/cli/schrijven';
import { tempDir } from './run';

/**
 * Failures while writing (issue 12, item 6; issue 13, items 9, 11 and 13) that a test cannot
 * cause on a healthy disk as root: the write itself fails as the system would (a full disk, an
 * I/O error, no permission), half-way through the file. Nothing half is left, a previous
 * output stays as it was, and the message is Dutch and names the file.
 */

/** Node's error for a failed system call, as fs throws it. */
function systeemFout(code: string, pad: string): Error {
  return Object.assign(new Error(`${code}: failed, write '${pad}'`), { code, syscall: 'write', path: pad });
}

const bytes = (t: string) => async () => Buffer.from(t);

afterEach(() => jest.restoreAllMocks());

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
    // The system takes the first 4 bytes, then refuses the rest.
    const echt = fs.writeSync.bind(fs) as (fd: number, b: Uint8Array, o: number, l: number) => number;
    let keer = 0;
    jest.spyOn(fs, 'writeSync').mockImplementation(((fd: number, b: Uint8Array, o: number) => {
      if (keer++ === 0) return echt(fd, b, o, 4);
      throw systeemFout(code, 'tmp');
    }) as typeof fs.writeSync);
    const fout = await writeAtomically(uit, bytes('PK\x03\x04 en de rest')).catch((e: unknown) => e);
    expect(keer).toBe(2);
    expect(fout).toBeInstanceOf(CliFout);
    expect(foutBericht(fout)).toBe(`kan '${uit}' niet schrijven: ${reden}`);
    expect(readdirSync(dir)).toEqual(['uit.xlsx']);
    expect(readFileSync(uit, 'utf8')).toBe('vorige uitvoer');
  });

  it('a whole write replaces the output in one step, gets the mode asked for, and leaves no temporary file', async () => {
    const dir = tempDir();
    const uit = join(dir, 'uit.xlsx');
    writeFileSync(uit, 'vorige uitvoer');
    await writeAtomically(
      uit,
      async () => {
        // While the bytes are made, the output is still the previous one; the temporary file is
        // there already, hidden, readable by its owner only.
        expect(readFileSync(uit, 'utf8')).toBe('vorige uitvoer');
        const [tmp, ...meer] = readdirSync(dir).filter((n) => n !== 'uit.xlsx');
        expect(meer).toEqual([]);
        expect(tmp).toMatch(new RegExp(`^\\.uit\\.xlsx\\.${process.pid}\\.[0-9a-f]{16}\\.tmp$`));
        expect(statSync(join(dir, tmp)).mode & 0o777).toBe(0o600);
        return Buffer.from('nieuw');
      },
      0o640,
    );
    expect([readdirSync(dir), readFileSync(uit, 'utf8'), statSync(uit).mode & 0o777]).toEqual([['uit.xlsx'], 'nieuw', 0o640]);
  });

  it('a link planted at the very temporary name is not written through: exit as a Dutch failure, its target untouched', async () => {
    const dir = tempDir();
    const uit = join(dir, 'uit.xlsx');
    const doelwit = join(dir, 'doelwit.txt');
    writeFileSync(doelwit, 'van iemand anders');
    // The random part made known beforehand, as an attacker would need it.
    jest.spyOn(crypto, 'randomBytes').mockImplementation((() => Buffer.alloc(8, 0xab)) as unknown as typeof crypto.randomBytes);
    const tmp = `.uit.xlsx.${process.pid}.${'ab'.repeat(8)}.tmp`;
    symlinkSync(doelwit, join(dir, tmp));
    const fout = await writeAtomically(uit, bytes('nieuw')).catch((e: unknown) => e);
    expect(foutBericht(fout)).toBe(`kan '${uit}' niet schrijven: er staat al iets onder die naam`);
    expect(readFileSync(doelwit, 'utf8')).toBe('van iemand anders');
    expect(lstatSync(join(dir, tmp)).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([tmp, 'doelwit.txt'].sort());
  });
});

describe('writeAtomically: a run interrupted half-way through the write', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'])(
    '%s: the process ends by the signal, leaving neither a half nor a temporary file',
    (signaal) => {
      const dir = tempDir();
      const uit = join(dir, 'uit.xlsx');
      const script = `require(${JSON.stringify(join(__dirname, '../../../src/cli/schrijven.ts'))}).writeAtomically(${JSON.stringify(uit)}, async () => {
      if (require('fs').readdirSync(${JSON.stringify(dir)}).length !== 1) process.exit(3);
      process.kill(process.pid, '${signaal}');
      await new Promise((r) => setTimeout(r, 20000));
      return Buffer.from('PK');
    });`;
      const r = spawnSync(process.execPath, ['-r', join(__dirname, 'tsRegister.cjs'), '-e', script], { encoding: 'utf8', timeout: 60_000 });
      expect([r.signal, r.stderr]).toEqual([signaal, '']);
      expect(readdirSync(dir)).toEqual([]);
    },
    70_000,
  );
});

describe('foutBericht: anything thrown is one Dutch line', () => {
  it.each([
    [systeemFout('EMFILE', '/x/y.xlsx'), "kan '/x/y.xlsx' niet gebruiken: te veel open bestanden; probeer het opnieuw"],
    [
      Object.assign(new RangeError('File size (3000000000) is greater than 2 GiB'), { code: 'ERR_FS_FILE_TOO_LARGE' }),
      'kan niet gebruiken: het bestand is te groot om in één keer te lezen (meer dan 2 GB)',
    ],
    [new RangeError('Array buffer allocation failed'), 'te weinig geheugen voor dit bestand'],
    [
      new TypeError("Cannot read properties of undefined (reading 'x')"),
      'onverwachte fout (TypeError); draai de opdracht opnieuw met --debug en geef de uitvoer door aan de beheerder van nplv',
    ],
    ['a string', 'onverwachte fout (string); draai de opdracht opnieuw met --debug en geef de uitvoer door aan de beheerder van nplv'],
  ])('%p', (e, bericht) => {
    expect(foutBericht(e)).toBe(bericht);
  });
});
