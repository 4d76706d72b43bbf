import { execFileSync, spawnSync } from 'child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'fs';
import JSZip from 'jszip';
import { createServer, type Server } from 'net';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { xlsxMetXml, type XmlCel } from '../andereMakers';
import type { Soort } from './soort';

/**
 * What the output kinds (uitvoer.ts) are made of: workbooks written by hand (not by nplv),
 * a process id that is surely gone, scripts preloaded into the process to make the file
 * system fail, and a small full disk.
 */

const kop = (...t: string[]): XmlCel[] => t.map((inline) => ({ inline }));

/** The input of most kinds, in the kind's folder. */
export const IN = 'raming.xlsx';
export const invoer = async (map: string) => werkmap(join(map, IN));
export const ongewijzigd = (map: string, naam: string, was: string) => expect(readFileSync(join(map, naam), 'utf8')).toBe(was);

/**
 * A good workbook of `rijen` onderdelen (each with its key) and an empty Dekking; with
 * `totaalbeeld`, also a sheet NPLV Totaalbeeld, as an earlier output of nplv has.
 */
export async function werkmap(pad: string, { rijen = 2, totaalbeeld = false } = {}): Promise<void> {
  const opgave = [kop('Periode', 'Pijler', 'Onderdeel', 'Opgave', 'Verdeelsleutel')];
  for (let i = 0; i < rijen; i++) opgave.push([...kop('tot 2030', 'Fysiek', `Onderdeel ${i + 1}`), { n: 100 + (i % 97) }, { n: 0.5 }]);
  const bladen = [
    { naam: 'Opgave', rijen: opgave },
    { naam: 'Dekking', rijen: [kop('Periode', 'Pijler', 'Bron', 'Onderdeel', 'Cofinanciering', 'Rijksfinanciering')] },
  ];
  if (totaalbeeld) bladen.push({ naam: 'NPLV Totaalbeeld', rijen: [kop('NPLV Totaalbeeld — een eerdere uitvoer')] });
  writeFileSync(pad, await xlsxMetXml(bladen));
}

/** The text of the parts of a package, read with jszip; a part it lacks is ''. */
export async function delen(pad: string, ...namen: string[]): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(pad));
  return (await Promise.all(namen.map((n) => zip.file(n)?.async('string') ?? ''))).join('\n');
}

/** The sheet names in a package's workbook.xml. */
export async function bladen(pad: string): Promise<string[]> {
  return [...(await delen(pad, 'xl/workbook.xml')).matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
}

/** The names in `map`, sorted. */
export const inhoud = (map: string): string[] => readdirSync(map).sort();

/** Whether every user may enter and read these folders and all above them. */
export function leesbaarVoorIedereen(...mappen: string[]): boolean {
  const kan = (p: string): boolean => p === dirname(p) || ((statSync(p).mode & 0o005) === 0o005 && kan(dirname(p)));
  return mappen.every(kan);
}

/** The id of a process that has ended (a fresh one, started and waited for). */
export const dodePid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

/** The last process id the kernel gave out (Linux), or this process's. */
export function laatstePid(): number {
  try {
    return Number(readFileSync('/proc/sys/kernel/ns_last_pid', 'utf8'));
  } catch {
    return process.pid;
  }
}

// Preloaded into the nplv process with NODE_OPTIONS=--require, so the product has no hook for them.
const INGREEP = mkdtempSync(join(tmpdir(), 'nplv-ingreep-'));
const SCRIPTS = {
  // The disk fills up: a temporary file takes half of what is written, then the write is refused with ENOSPC.
  vol: `const fs = require('fs'); const open = fs.openSync, write = fs.writeSync; const tmp = new Map();
fs.openSync = function (p, ...r) { const fd = open.call(fs, p, ...r); if (String(p).endsWith('.tmp')) tmp.set(fd, 0); return fd; };
fs.writeSync = function (fd, ...r) {
  if (!tmp.has(fd)) return write.call(fs, fd, ...r);
  const [b, o = 0, l = b.length - o] = r;
  if (tmp.get(fd) === 0 && l > 1) return tmp.set(fd, 1), write.call(fs, fd, b, o, Math.floor(l / 2));
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { errno: -28, code: 'ENOSPC', syscall: 'write' }); };`,
  // A fault of the program itself while reading the input.
  leesfout: `require('fs/promises').readFile = async () => { throw new TypeError("Cannot read properties of undefined (reading 'sheets')"); };`,
  // An exception thrown in a callback, outside every try.
  los: `setImmediate(() => { throw new TypeError('losse fout'); });`,
  // A promise that fails with nobody waiting for it.
  onafgehandeld: `Promise.reject(new RangeError('onafgehandelde fout'));`,
};
for (const [naam, code] of Object.entries(SCRIPTS)) writeFileSync(join(INGREEP, `${naam}.cjs`), code);

/** The environment that preloads one of the scripts above. */
export const ingreep = (naam: keyof typeof SCRIPTS): NodeJS.ProcessEnv => ({
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${join(INGREEP, `${naam}.cjs`)}`.trim(),
});

/** Whether a small tmpfs can be mounted here (root in a system that allows it): a real full disk. */
export const kanKoppelen: boolean = (() => {
  if (process.getuid?.() !== 0) return false;
  const map = mkdtempSync(join(tmpdir(), 'nplv-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', map], { stdio: 'ignore' });
    execFileSync('umount', [map], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const gekoppeld: string[] = [];
const servers: Server[] = [];

/** A Unix socket listening at `pad` until the tests end. */
export async function socket(pad: string): Promise<void> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((klaar) => server.listen(pad, klaar));
}

/** Mounts a tmpfs of 256 kB at `map` and fills it up, after `eerst` is written into it; `ontkoppel` removes it. */
export function volleSchijf(map: string, eerst: Record<string, string>): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k,mode=0755', 'tmpfs', map]);
  gekoppeld.push(map);
  for (const [naam, tekst] of Object.entries(eerst)) writeFileSync(join(map, naam), tekst);
  const fd = openSync(join(map, 'vulsel'), 'w');
  try {
    for (;;) writeSync(fd, Buffer.alloc(4096, 1));
  } catch {
    // ENOSPC: full.
  } finally {
    closeSync(fd);
  }
}

/** After the tests, whatever their outcome: unmounts every tmpfs `volleSchijf` mounted, closes the sockets, removes the preloaded scripts. */
export function naAfloop(): void {
  for (const map of gekoppeld.splice(0)) execFileSync('umount', [map], { stdio: 'ignore' });
  for (const server of servers.splice(0)) server.close();
  rmSync(INGREEP, { recursive: true, force: true });
}

/**
 * The bound of an output kind unless it states its own: 4 s (a run of a small workbook takes
 * 0.6–2 s with the process start on a loaded machine), 200 MB.
 */
export const binnen = (soorten: Soort[]): Soort[] => soorten.map((soort) => ({ ...soort, grens: { ms: 4_000, mb: 200, ...soort.grens } }));
