import { existsSync, renameSync, rmSync, statSync, type Stats } from 'fs';
import { basename, dirname, extname, join, resolve } from 'path';
import { PAKKET, type PakketSoort } from '../workbook/xlsxPackage';
import { CliFout, isSysteemFout, systeemBericht } from './fouten';

/** `data/raming.xlsm` → `data/raming-herberekend.xlsm`: the extension the package's kind demands. */
export function defaultUitvoer(invoer: string, soort: PakketSoort): string {
  return join(dirname(invoer), basename(invoer, extname(invoer)) + '-herberekend' + PAKKET[soort].extensie);
}

function stat(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    if (isSysteemFout(e) && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return undefined;
    throw new CliFout(systeemBericht(e as Error, 'gebruiken', path));
  }
}

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

/** Both paths name one file: the same path, or a link to it (same device and inode). */
function zelfdeBestand(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const [sa, sb] = [stat(a), stat(b)];
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

/**
 * Why `uitvoer` cannot be written (Dutch), or undefined: it is the input, a folder or no
 * regular file, its folder does not exist, or its extension does not fit the package's kind
 * (`bron` says whose kind that is).
 */
export function uitvoerFout(uitvoer: string, soort: PakketSoort, bron: string, invoer?: string): string | undefined {
  if (invoer !== undefined && zelfdeBestand(invoer, uitvoer)) return 'het uitvoerbestand mag het invoerbestand niet zijn';
  const map = dirname(resolve(uitvoer));
  const s = stat(uitvoer);
  if (s?.isDirectory()) return `'${uitvoer}' is een map; geef een bestandsnaam op, bijv. '${join(uitvoer, 'uitvoer' + PAKKET[soort].extensie)}'`;
  if (s && !s.isFile()) return `'${uitvoer}' is geen gewoon bestand; kies een andere naam`;
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

/**
 * Writes through a temporary file beside the target, renamed onto it when whole, so a failed
 * or interrupted write leaves no half file (and no temporary one). A failure of the file
 * system becomes a CliFout naming the target.
 */
export async function writeAtomically(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const opruimen = () => rmSync(tmp, { force: true });
  const onderbroken = (signaal: NodeJS.Signals) => {
    opruimen();
    process.kill(process.pid, signaal);
  };
  const signalen: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  signalen.forEach((s) => process.once(s, onderbroken));
  try {
    await write(tmp);
    renameSync(tmp, path);
  } catch (e) {
    throw isSysteemFout(e) ? new CliFout(systeemBericht(e, 'schrijven', path)) : e;
  } finally {
    signalen.forEach((s) => process.off(s, onderbroken));
    if (existsSync(tmp)) opruimen();
  }
}
