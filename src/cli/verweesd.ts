import { lstatSync, readdirSync, rmSync } from 'fs';
import { join } from 'path';

/**
 * Temporary files of nplv's own naming: `.UIT.<pid>.<16 hex>.tmp`, and of versions before the
 * random part, `.UIT.<pid>.tmp` for an output with a workbook's extension.
 */
const EIGEN = [/^\..+\.(\d+)\.[0-9a-f]{16}\.tmp$/, /^\..+\.xl[st][xm]\.(\d+)\.tmp$/i];

/** Whether a process with this id runs (one of another user counts: EPERM). */
function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes from `map` the temporary files of nplv's naming whose process is gone (a run ended
 * by `kill -9`, a power cut): files and links only, never what they point to. Best effort: a
 * name that cannot be removed stays, and the write that follows says what is wrong.
 */
export function ruimVerweesdOp(map: string): string[] {
  let namen: string[];
  try {
    namen = readdirSync(map);
  } catch {
    return [];
  }
  return namen.filter((naam) => {
    const pid = Number(EIGEN.map((p) => p.exec(naam)?.[1]).find((g) => g !== undefined));
    if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || leeft(pid)) return false;
    try {
      const pad = join(map, naam);
      const s = lstatSync(pad);
      if (!s.isFile() && !s.isSymbolicLink()) return false;
      rmSync(pad);
      return true;
    } catch {
      return false;
    }
  });
}
