import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { nplv, tempDir } from './run';

/**
 * Files that are not an .xlsx workbook, made by hand here (not by the code under test), for
 * the command line's "what is this file" messages.
 */

const VRIJ = 0xffffffff;
const EINDE = 0xfffffffe;

/**
 * A compound file (OLE2/CFB, MS-CFB version 3, 512-byte sectors) holding empty streams with
 * these names: the header (magic D0 CF 11 E0 A1 B1 1A E1), one FAT sector and one directory
 * sector with the Root Entry and up to three streams, each the right sibling of the one before.
 */
export function cfb(stromen: string[]): Buffer {
  const kop = Buffer.alloc(512, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(kop, 0);
  kop.writeUInt16LE(0x003e, 24); // minor version
  kop.writeUInt16LE(0x0003, 26); // major version 3
  kop.writeUInt16LE(0xfffe, 28); // byte order: little-endian
  kop.writeUInt16LE(9, 30); // sector size 2^9
  kop.writeUInt16LE(6, 32); // mini sector size 2^6
  kop.writeUInt32LE(1, 44); // one FAT sector
  kop.writeUInt32LE(1, 48); // the directory starts in sector 1
  kop.writeUInt32LE(4096, 56); // mini stream cutoff
  kop.writeUInt32LE(EINDE, 60); // no mini FAT
  kop.writeUInt32LE(EINDE, 68); // no DIFAT sectors
  kop.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 80; i < 512; i += 4) kop.writeUInt32LE(VRIJ, i);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0 is a FAT sector
  fat.writeUInt32LE(EINDE, 4); // sector 1, the directory, ends its chain
  const map = Buffer.alloc(512, 0);
  ['Root Entry', ...stromen.slice(0, 3)].forEach((naam, i) => {
    const at = i * 128;
    map.write(naam + '\0', at, 'utf16le');
    map.writeUInt16LE((naam.length + 1) * 2, at + 0x40);
    map[at + 0x42] = i === 0 ? 5 : 2; // root storage, stream
    map[at + 0x43] = 1; // black
    map.writeUInt32LE(VRIJ, at + 0x44); // left sibling
    map.writeUInt32LE(i > 0 && i < stromen.length ? i + 1 : VRIJ, at + 0x48); // right sibling
    map.writeUInt32LE(i === 0 && stromen.length > 0 ? 1 : VRIJ, at + 0x4c); // child
    map.writeUInt32LE(EINDE, at + 0x74); // start sector: none (empty)
  });
  return Buffer.concat([kop, fat, map]);
}

/** A zip of these parts (in this order, `mimetype` stored as OpenDocument wants it). */
export async function zip(delen: Record<string, string>): Promise<Buffer> {
  const z = new JSZip();
  for (const [pad, tekst] of Object.entries(delen)) z.file(pad, tekst, { compression: pad === 'mimetype' ? 'STORE' : 'DEFLATE' });
  return z.generateAsync({ type: 'nodebuffer' });
}

/** A minimal OpenDocument spreadsheet: mimetype first, a manifest and an empty table. */
export const ods = () =>
  zip({
    mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
    'META-INF/manifest.xml':
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    'content.xml':
      '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet><table:table table:name="Opgave"/></office:spreadsheet></office:body></office:document-content>',
  });

/** An Office Open XML package of one main part with this content type (a .docx, .pptx, .xlsb, ...). */
export const kantoorZip = (deel: string, contentType: string) =>
  zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${deel}" ContentType="${contentType}"/></Types>`,
    [deel]: '<?xml version="1.0" encoding="UTF-8"?><x/>',
  });

/** A zip whose end record says it has 0xFFFF entries: its directory is in ZIP64 form (no ZIP64 record follows; the count decides). */
export function zip64(): Buffer {
  const lokaal = Buffer.alloc(30);
  lokaal.writeUInt32LE(0x04034b50, 0);
  const einde = Buffer.alloc(22);
  einde.writeUInt32LE(0x06054b50, 0);
  einde.writeUInt16LE(0xffff, 8);
  einde.writeUInt16LE(0xffff, 10);
  einde.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([lokaal, einde]);
}

/** A zip with notes in it: no workbook. */
export const gewoneZip = () => zip({ 'notities.txt': 'Opgave 2026, zie de werkmap.' });

/** The main part's content type of a workbook package, per kind (ECMA-376 and the macro-enabled kinds of MS-OFFMACRO). */
export const HOOFDDEEL = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  xltx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  xltm: 'application/vnd.ms-excel.template.macroEnabled.main+xml',
} as const;

/** An .xlsx package's bytes with its main part's content type changed to `soort`'s (an .xlsm, a template). */
export async function alsSoort(xlsx: Buffer, soort: keyof typeof HOOFDDEEL): Promise<Buffer> {
  const z = await JSZip.loadAsync(xlsx);
  const types = await z.file('[Content_Types].xml')!.async('string');
  if (!types.includes(HOOFDDEEL.xlsx)) throw new Error('the package has no .xlsx main part');
  z.file('[Content_Types].xml', types.replace(HOOFDDEEL.xlsx, HOOFDDEEL[soort]));
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The content type of the part `/xl/workbook.xml` in a package's bytes. */
export async function hoofdType(bytes: Buffer): Promise<string | undefined> {
  const types = await (await JSZip.loadAsync(bytes)).file('[Content_Types].xml')!.async('string');
  return /<Override[^>]*PartName="\/xl\/workbook\.xml"[^>]*ContentType="([^"]+)"/.exec(types)?.[1];
}

/** A folder with the example workbook (as `nplv voorbeeld` writes it) turned into `soort`, named `naam`. */
export async function werkmapAls(soort: keyof typeof HOOFDDEEL, naam: string): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const voorbeeld = join(dir, 'voorbeeld.xlsx');
  expect((await nplv('voorbeeld', voorbeeld)).code).toBe(0);
  const file = join(dir, naam);
  writeFileSync(file, await alsSoort(readFileSync(voorbeeld), soort));
  return { dir, file };
}
