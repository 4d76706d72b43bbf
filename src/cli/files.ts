import { lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'fs';
import { basename, dirname, extname, join, resolve } from 'path';
import { CliFout, isSysteemFout, systeemBericht } from './fouten';
import { PAKKET, type PakketSoort } from '../workbook/node';

/** `data/raming.xlsm` → `data/raming-herberekend.xlsm`: the extension the package's kind demands. */
export function defaultUitvoer(invoer: string, soort: PakketSoort, achtervoegsel = '-herberekend'): string {
  return join(dirname(invoer), basename(invoer, extname(invoer)) + achtervoegsel + PAKKET[soort].extensie);
}

/** The file at `path` (`lstat`: a link itself, not what it points to), or undefined when there is none. */
function stat(path: string, lstat = false): Stats | undefined {
  try {
    return lstat ? lstatSync(path) : statSync(path);
  } catch (e) {
    if (isSysteemFout(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return undefined;
    throw new CliFout(systeemBericht(e as Error, 'gebruiken', path));
  }
}

const echtPad = (path: string): string | undefined => (stat(path) ? realpathSync(path) : undefined);

export function fileSize(path: string): number | undefined {
  const s = stat(path);
  return s?.isFile() ? s.size : undefined;
}

/** Why `path` cannot be read as an input file (Dutch), or undefined. */
export function invoerFout(path: string): string | undefined {
  const s = stat(path);
  if (!s) return `bestand '${path}' bestaat niet`;
  if (s.isDirectory()) return `'${path}' is een map, geen bestand; geef de werkmap zelf op`;
  if (!s.isFile()) return `'${path}' is geen gewoon bestand; geef de werkmap zelf op`;
  return undefined;
}

/**
 * Both paths name one file: the same path; the same real path once every symbolic link on the
 * way (folders and the name itself) is followed; or one file under two names (a hard link:
 * the same device and inode).
 */
function zelfdeBestand(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const [ra, rb] = [echtPad(a), echtPad(b)];
  if (ra !== undefined && ra === rb) return true;
  const [sa, sb] = [stat(a), stat(b)];
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** What a file that is not a regular one is, in Dutch. */
function bijzonder(s: Stats): string {
  if (s.isFIFO()) return 'een FIFO (named pipe)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'een apparaat';
  if (s.isSocket()) return 'een socket';
  return 'iets anders';
}

/**
 * Why `uitvoer` cannot be written (Dutch), or undefined: it is the input (by any path or
 * link), a folder, a symbolic link, no regular file (a device, a FIFO, a socket), its folder
 * does not exist, or its extension does not fit the package's kind (`bron` says whose kind
 * that is). Only a regular file or a new name is written. A link is refused rather than
 * followed: whoever can change the link would choose which file is replaced.
 */
export function uitvoerFout(uitvoer: string, soort: PakketSoort, bron: string, invoer?: string): string | undefined {
  if (invoer !== undefined && zelfdeBestand(invoer, uitvoer)) return 'het uitvoerbestand mag het invoerbestand niet zijn';
  const map = dirname(resolve(uitvoer));
  const s = stat(uitvoer, true);
  if (s?.isSymbolicLink())
    return `'${uitvoer}' is een symbolische koppeling naar '${readlinkSync(uitvoer)}'; nplv schrijft niet via een koppeling: geef het bestand zelf op`;
  if (s?.isDirectory())
    return `'${uitvoer}' is een map; geef een bestandsnaam op, bijv. '${join(uitvoer, 'uitvoer' + PAKKET[soort].extensie)}'`;
  if (s && !s.isFile()) return `'${uitvoer}' is geen gewoon bestand maar ${bijzonder(s)}; kies een andere naam`;
  const m = stat(map);
  if (!m) return `de map '${dirname(uitvoer)}' bestaat niet; maak hem eerst aan of kies een andere map`;
  if (!m.isDirectory()) return `'${dirname(uitvoer)}' is geen map`;
  const { extensie, naam } = PAKKET[soort];
  const gegeven = extname(uitvoer);
  if (gegeven.toLowerCase() !== extensie) {
    return `'${uitvoer}' heeft ${gegeven ? `de extensie ${gegeven}` : 'geen extensie'}, maar ${bron} is een ${naam} (${extensie}); Excel opent zo'n bestand alleen met de extensie ${extensie}: kies een naam op ${extensie}`;
  }
  return undefined;
}

/** The permission bits of a file (an output keeps its input's: 600 stays 600). */
export function rechten(path: string): number | undefined {
  const s = stat(path);
  return s === undefined ? undefined : s.mode & 0o777;
}
