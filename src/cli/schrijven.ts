import { randomBytes } from 'crypto';
import { closeSync, constants, fchmodSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'fs';
import { basename, dirname, join } from 'path';
import { CliFout, isSysteemFout, systeemBericht } from './fouten';
import { bijOnderbreking } from './onderbreking';
import { ruimVerweesdOp } from './verweesd';

/**
 * The temporary file beside `doel`: hidden, named after it, with this process's id (so a later
 * run can tell it was left by a process that is gone) and 64 random bits (so nobody can plant
 * anything at the name beforehand).
 */
export function tijdelijkeNaam(doel: string): string {
  return join(dirname(doel), `.${basename(doel)}.${process.pid}.${randomBytes(8).toString('hex')}.tmp`);
}

// Created new or not at all (O_EXCL), never through a symbolic link at the name (O_NOFOLLOW).
const NIEUW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/** Bytes written in order, and bytes written again at an earlier place of the file (a zip entry's header, once its size is known). */
export interface Uitvoer {
  write(bytes: Uint8Array): void;
  writeAt(bytes: Uint8Array, position: number): void;
}

// `position` undefined: at the end of what was written so far.
function schrijfAlles(fd: number, bytes: Uint8Array, position?: number): void {
  for (let gedaan = 0; gedaan < bytes.length;)
    gedaan +=
      position === undefined
        ? writeSync(fd, bytes, gedaan, bytes.length - gedaan)
        : writeSync(fd, bytes, gedaan, bytes.length - gedaan, position + gedaan);
}

const fail = (bericht: string): never => {
  throw new Error(bericht);
};

/** Makes the rename durable; a file system that cannot sync a folder (EINVAL, EISDIR) is left as it is. */
function syncMap(map: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(map, constants.O_RDONLY | constants.O_DIRECTORY);
    fsyncSync(fd);
  } catch (e) {
    if (!isSysteemFout(e) || !['EINVAL', 'EISDIR', 'ENOTSUP', 'EBADF', 'EPERM', 'EACCES'].includes(e.code ?? '')) throw e;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes `doel` whole or not at all: the bytes go into a new temporary file beside it (created
 * exclusively, readable only by the owner until it is complete, then given `mode`: the
 * input's permissions), which is synced to disk and renamed onto `doel`; then the folder is
 * synced. `inhoud` is asked for the bytes once the temporary file is there: it writes them
 * to the `Uitvoer` it is given as they are made, or returns them whole. Temporary files
 * of runs that were killed are removed first; SIGINT, SIGTERM or SIGHUP during the write
 * remove this one. A failure of the file system becomes a CliFout naming `doel`; nothing
 * half is left and an earlier `doel` stays as it was.
 */
export async function writeAtomically(doel: string, inhoud: (uit: Uitvoer) => Promise<Uint8Array | void>, mode?: number): Promise<void> {
  ruimVerweesdOp(dirname(doel));
  const tmp = tijdelijkeNaam(doel);
  let fd: number | undefined;
  const sluit = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  // Only a name this run created is removed: never what someone else put there.
  let vanOns = false;
  const opruimen = () => {
    try {
      sluit();
    } finally {
      if (vanOns) rmSync(tmp, { force: true });
      vanOns = false;
    }
  };
  const stop = bijOnderbreking(opruimen);
  try {
    fd = openSync(tmp, NIEUW, mode === undefined ? 0o666 : 0o600);
    vanOns = true;
    // Never to a descriptor closed by an interruption (its number may be another file's by then).
    const open = () => fd ?? fail('writeAtomically: the file was closed');
    const bytes = await inhoud({ write: (b) => schrijfAlles(open(), b), writeAt: (b, at) => schrijfAlles(open(), b, at) });
    if (bytes) schrijfAlles(open(), bytes);
    if (mode !== undefined) fchmodSync(open(), mode & 0o777);
    fsyncSync(open());
    sluit();
    renameSync(tmp, doel);
    vanOns = false;
    syncMap(dirname(doel));
  } catch (e) {
    opruimen();
    throw isSysteemFout(e) ? new CliFout(systeemBericht(e, 'schrijven', doel)) : e;
  } finally {
    stop();
  }
}
