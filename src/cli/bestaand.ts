import { closeSync, constants, fstatSync, openSync, readFileSync } from 'fs';
import { findSheet, GEVOELIGHEID, TOTAALBEELD, VERGELIJKING, VERSIES } from '../workbook';
import { readXlsxPackage } from '../workbook/node';

/** Larger than this, an existing file is not opened to see whether it is an earlier output. */
const NAGAAN_TOT = 256 * 1024 * 1024;

/**
 * The sheet of nplv's (NPLV Totaalbeeld, else NPLV Versies, else NPLV Vergelijking, else NPLV Gevoeligheid) the regular file at `pad` has: an
 * earlier output of nplv; undefined for any other file. Opened without following a link and without waiting on a FIFO; anything
 * that cannot be read as a workbook is not one.
 */
export async function eerdereUitvoer(pad: string): Promise<string | undefined> {
  let fd: number | undefined;
  try {
    fd = openSync(pad, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const s = fstatSync(fd);
    if (!s.isFile() || s.size > NAGAAN_TOT) return undefined;
    const werkmap = await readXlsxPackage(readFileSync(fd));
    const namen = await werkmap.port.sheetNames();
    return [TOTAALBEELD, VERSIES, VERGELIJKING, GEVOELIGHEID].map((b) => findSheet(namen, [b])).find((n) => n !== undefined);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * What to do with an output that already exists (issue 13, item 12): an earlier output of nplv
 * is replaced, and said; any other file only with --overschrijven. `melding` goes to stderr.
 */
export async function bestaandeUitvoer(uitvoer: string, overschrijven: boolean): Promise<{ fout: string } | { melding: string }> {
  const blad = await eerdereUitvoer(uitvoer);
  if (blad !== undefined) return { melding: `'${uitvoer}' is een eerdere uitvoer van nplv (blad ${blad}) en wordt vervangen` };
  if (overschrijven) return { melding: `'${uitvoer}' bestaat al en wordt overschreven (--overschrijven)` };
  return {
    fout: `'${uitvoer}' bestaat al en is geen uitvoer van nplv (geen werkmap met het blad ${TOTAALBEELD}, ${VERSIES}, ${VERGELIJKING} of ${GEVOELIGHEID}); kies een andere naam, of geef --overschrijven om het te vervangen`,
  };
}
