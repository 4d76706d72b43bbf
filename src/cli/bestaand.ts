import { closeSync, constants, fstatSync, openSync, readFileSync } from 'fs';
import { findSheet, TOTAALBEELD } from '../workbook';
import { readXlsxPackage } from '../workbook/node';

/** Larger than this, an existing file is not opened to see whether it is an earlier output. */
const NAGAAN_TOT = 256 * 1024 * 1024;

/**
 * Whether the regular file at `pad` is a workbook with the sheet `blad` (NPLV Totaalbeeld, or
 * NPLV Vergelijking for `nplv vergelijk`): an earlier output of nplv. Opened without following a link and without waiting on a FIFO; anything
 * that cannot be read as a workbook is not one.
 */
export async function isEerdereUitvoer(pad: string, blad = TOTAALBEELD): Promise<boolean> {
  let fd: number | undefined;
  try {
    fd = openSync(pad, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const s = fstatSync(fd);
    if (!s.isFile() || s.size > NAGAAN_TOT) return false;
    const werkmap = await readXlsxPackage(readFileSync(fd));
    return findSheet(await werkmap.port.sheetNames(), [blad]) !== undefined;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * What to do with an output that already exists (issue 13, item 12): an earlier output of nplv
 * is replaced, and said; any other file only with --overschrijven. `melding` goes to stderr.
 */
export async function bestaandeUitvoer(uitvoer: string, overschrijven: boolean, blad = TOTAALBEELD): Promise<{ fout: string } | { melding: string }> {
  if (await isEerdereUitvoer(uitvoer, blad)) return { melding: `'${uitvoer}' is een eerdere uitvoer van nplv (blad ${blad}) en wordt vervangen` };
  if (overschrijven) return { melding: `'${uitvoer}' bestaat al en wordt overschreven (--overschrijven)` };
  return {
    fout: `'${uitvoer}' bestaat al en is geen uitvoer van nplv (geen werkmap met het blad ${blad}); kies een andere naam, of geef --overschrijven om het te vervangen`,
  };
}
