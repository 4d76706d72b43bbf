import { existsSync, renameSync, statSync, unlinkSync } from 'fs';
import { basename, dirname, extname, join, resolve } from 'path';

/** `data/raming.xlsx` → `data/raming-herberekend.xlsx` */
export function defaultUitvoer(invoer: string): string {
  return join(dirname(invoer), basename(invoer, extname(invoer)) + '-herberekend.xlsx');
}

export const samePath = (a: string, b: string) => resolve(a) === resolve(b);

export function fileSize(path: string): number | undefined {
  return existsSync(path) && statSync(path).isFile() ? statSync(path).size : undefined;
}

/** Writes through a temporary file beside the target, so a failed write leaves no half file. */
export async function writeAtomically(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await write(tmp);
    renameSync(tmp, path);
  } finally {
    if (existsSync(tmp)) unlinkSync(tmp);
  }
}
