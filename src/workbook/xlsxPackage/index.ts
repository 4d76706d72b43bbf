import { readFile, writeFile } from 'fs/promises';
import type { WorkbookPort } from '../port';
import { PackageBook } from './book';
import { ZipPackage } from './zipPackage';

/**
 * An .xlsx workbook read straight from its package (no ExcelJS): the port, and saving the
 * original package with only the changed parts rewritten.
 */
export interface PackageWerkmap {
  port: WorkbookPort;
  save(path: string): Promise<void>;
  toBuffer(): Promise<Buffer>;
}

/** The workbook in an .xlsx file's bytes; throws when they are not an .xlsx workbook. */
export async function readXlsxPackage(data: ArrayBuffer | Uint8Array): Promise<PackageWerkmap> {
  const book = await PackageBook.open(ZipPackage.load(Buffer.isBuffer(data) ? data : Buffer.from(data instanceof Uint8Array ? data : new Uint8Array(data))));
  const port: WorkbookPort = {
    sheetNames: async () => book.sheetNames(),
    readSheets: (names, detail) => book.readSheets(names, detail),
    apply: async (changes) => book.apply(changes),
    select: async (blad, cel) => book.select(blad, cel),
  };
  return { port, save: async (path) => writeFile(path, await book.toBuffer()), toBuffer: () => book.toBuffer() };
}

/** Opens an .xlsx file (read whole into memory; the file is not kept open). */
export async function openXlsxPackage(path: string): Promise<PackageWerkmap> {
  return readXlsxPackage(await readFile(path));
}
