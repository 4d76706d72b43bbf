import { GeenWerkmap } from '../workbook/node';

/** A failure the command line foresaw, its message Dutch and whole (printed as `nplv: …`, exit 2). */
export class CliFout extends Error {
  constructor(bericht: string) {
    super(bericht);
    this.name = 'CliFout';
  }
}

type SysteemFout = Error & { code?: string; path?: string; dest?: string };

/** Why the system refused, by Node's error code (errno), in Dutch. */
const REDEN: Record<string, string> = {
  ENOENT: 'het bestand of de map bestaat niet',
  EEXIST: 'er staat al iets onder die naam',
  ENOTDIR: 'een deel van het pad is geen map',
  EISDIR: 'het is een map, geen bestand',
  EACCES: 'geen toestemming (rechten van het bestand of de map)',
  EPERM: 'geen toestemming (rechten van het bestand of de map)',
  EROFS: 'de schijf is alleen-lezen',
  ENOSPC: 'de schijf is vol; maak ruimte vrij of kies een andere map',
  EDQUOT: 'uw schijfruimte (quotum) is op; maak ruimte vrij of kies een andere map',
  EFBIG: 'het bestand wordt te groot voor deze schijf',
  EIO: 'lees- of schrijffout van de schijf (EIO); controleer de schijf of de netwerkverbinding',
  EMFILE: 'te veel open bestanden; probeer het opnieuw',
  ENFILE: 'te veel open bestanden; probeer het opnieuw',
  ENAMETOOLONG: 'de naam is te lang',
  ELOOP: 'het pad verwijst in een kring naar zichzelf (symbolische koppelingen)',
  EBUSY: 'het bestand is in gebruik door een ander programma',
  ETXTBSY: 'het bestand is in gebruik door een ander programma',
  EXDEV: 'het tijdelijke bestand staat op een andere schijf dan het doel',
  ERR_FS_FILE_TOO_LARGE: 'het bestand is te groot om in één keer te lezen (meer dan 2 GB)',
  ENOMEM: 'te weinig geheugen',
  ESTALE: 'de netwerkmap is niet meer bereikbaar',
  ETIMEDOUT: 'de netwerkmap antwoordt niet',
};

// Not `instanceof Error`: errors of Node's own modules may come from another realm (a test runner's sandbox).
export const isSysteemFout = (e: unknown): e is SysteemFout =>
  typeof e === 'object' && e !== null && typeof (e as SysteemFout).code === 'string';

/** `kan 'uit.xlsx' niet schrijven: de schijf is vol`, for an error of the file system. */
export function systeemBericht(e: SysteemFout, actie: 'lezen' | 'schrijven' | 'gebruiken', pad = e.path): string {
  const code = e.code ?? '';
  const reden =
    REDEN[code] ?? (code.startsWith('Z_') ? 'het bestand is beschadigd (een deel is niet uit te pakken)' : `systeemfout ${code}`);
  return pad ? `kan '${pad}' niet ${actie}: ${reden}` : `kan niet ${actie}: ${reden}`;
}

/**
 * Any failure as one Dutch line (without `nplv: `): a foreseen one says what it is; an error
 * of the file system says which file and why; anything else is an unexpected failure, whose
 * details `--debug` shows.
 */
export function foutBericht(e: unknown): string {
  if (e instanceof CliFout || e instanceof GeenWerkmap) return e.message;
  if (isSysteemFout(e)) return systeemBericht(e, 'gebruiken');
  if (e instanceof RangeError && /allocation|buffer|string length/i.test(e.message)) return 'te weinig geheugen voor dit bestand';
  const soort = typeof (e as Error)?.name === 'string' ? (e as Error).name : typeof e;
  return `onverwachte fout (${soort}); draai de opdracht opnieuw met --debug en geef de uitvoer door aan de beheerder van nplv`;
}

/** The details `--debug` adds below the message: the stack, or the value thrown. */
export function foutDetails(e: unknown): string {
  const { stack, name, message } = (e ?? {}) as Partial<Error>;
  return stack ?? (message !== undefined ? `${name}: ${message}` : String(e));
}
