import { readFile, writeFile } from 'fs/promises';
import type { SheetContent, WorkbookPort } from '../../port';
import { GeenWerkmap, geenZip } from './bestandssoort';
import { PackageBook } from './book';
import { emptyPackage } from './newPackage';
import { pakketSoort, ZIP_SOORT, type PakketSoort } from './pakketSoort';
import { ZipPackage } from './zip/package';
import type { ZipUitvoer } from './zip/writer';

export { GeenWerkmap } from './bestandssoort';
export { PAKKET, soortVanExtensie, type PakketSoort } from './pakketSoort';
export type { ZipUitvoer } from './zip/writer';

/**
 * An .xlsx workbook read straight from its package (no ExcelJS): the port, and the original
 * package with only the changed parts rewritten, saved or as bytes. `soort`: the package's kind, which
 * the bytes keep (an .xlsm stays macro-enabled), so a file of them needs its extension.
 */
export interface PackageWerkmap {
  port: WorkbookPort;
  soort: PakketSoort;
  save(path: string): Promise<void>;
  toBuffer(): Promise<Buffer>;
  /** The bytes of `toBuffer`, written to `uit` as they are made (a patched sheet is never whole in memory). */
  writeTo(uit: ZipUitvoer): Promise<void>;
}

/**
 * The workbook in a file's bytes. Throws GeenWerkmap, whose Dutch message says what the file
 * is instead (an .xls, an encrypted workbook, an .ods, a CSV, an empty or damaged file, ...).
 */
export async function readXlsxPackage(data: ArrayBuffer | Uint8Array): Promise<PackageWerkmap> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data instanceof Uint8Array ? data : new Uint8Array(data));
  const soortFout = geenZip(bytes);
  if (soortFout) throw new GeenWerkmap(soortFout);
  const pkg = laadZip(bytes);
  const soort = await pakketSoort(pkg);
  if (typeof soort !== 'string') throw new GeenWerkmap(soort.fout);
  const book = await PackageBook.open(pkg).catch(alsBeschadigd);
  const port: WorkbookPort = {
    sheetNames: async () => book.sheetNames(),
    // Parts are unpacked when read: a damaged one shows only then.
    readSheets: (names, detail) => book.readSheets(names, detail).catch(alsBeschadigd),
    apply: async (changes) => book.apply(changes),
    select: async (blad, cel) => book.select(blad, cel),
  };
  return {
    port,
    soort,
    save: async (path) => writeFile(path, await book.toBuffer()),
    toBuffer: () => book.toBuffer(),
    writeTo: (uit) => book.writeTo(uit),
  };
}

// The zip reader names what is wrong; a read past the end of the bytes (RangeError) is a damaged zip too.
function laadZip(bytes: Buffer): ZipPackage {
  try {
    return ZipPackage.load(bytes);
  } catch (e) {
    throw e instanceof GeenWerkmap ? e : new GeenWerkmap(ZIP_SOORT.beschadigd);
  }
}

/** zlib's errors (a part whose compressed bytes are damaged, code `Z_…`) as the Dutch message for a damaged file. */
function alsBeschadigd(e: unknown): never {
  throw /^Z_/.test(String((e as { code?: unknown })?.code ?? '')) ? new GeenWerkmap(ZIP_SOORT.beschadigd) : e;
}

/** Opens a workbook file (read whole into memory; the file is not kept open). */
export async function openXlsxPackage(path: string): Promise<PackageWerkmap> {
  return readXlsxPackage(await readFile(path));
}

/**
 * A new .xlsx workbook of these sheets (at least one: Excel opens no workbook without), made
 * from scratch by the package writer, no template file: e.g. the example workbook.
 */
export async function newXlsxPackage(sheets: readonly SheetContent[]): Promise<PackageWerkmap> {
  if (sheets.length === 0) throw new Error('newXlsxPackage: a workbook needs a sheet');
  const werkmap = await readXlsxPackage(await emptyPackage());
  await werkmap.port.apply({ sheets: [...sheets], writes: [], deleteSheets: [] });
  return werkmap;
}
