/**
 * What a file is, from its first bytes (magic numbers), when it is not a zip: the Dutch
 * sentence saying so and what to do. A zip (an .xlsx, or an .ods, a .docx, ...) is told apart
 * by its parts: see pakketSoort.ts.
 */

/** A file the package reader cannot read as a workbook; the message says what it is (Dutch). */
export class GeenWerkmap extends Error {
  constructor(bericht: string) {
    super(bericht);
    this.name = 'GeenWerkmap';
  }
}

/** What to do with a file that is no .xlsx workbook, as the messages end. */
export const ALS_XLSX = 'sla het op als Excel-werkmap (.xlsx)';

export const SOORT = {
  leeg: 'dit is een leeg bestand (0 bytes); kies de werkmap zelf, of sla hem opnieuw op in Excel',
  xls: `dit is een .xls-bestand (Excel 97-2003); open het in Excel en ${ALS_XLSX}`,
  versleuteld:
    'dit is een versleutelde werkmap (met wachtwoord); open hem in Excel en sla hem op zonder wachtwoord (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord: leegmaken)',
  ole2: 'dit is een ouder Office-bestand (OLE2), maar geen Excel-werkmap; kies de werkmap zelf',
  tekst: `dit is een tekstbestand (zoals .csv), geen Excel-werkmap; open het in Excel en ${ALS_XLSX}`,
  html: `dit is een webpagina (HTML), geen Excel-werkmap; open hem in Excel en ${ALS_XLSX}`,
  xml2003: `dit is een XML-werkblad (Excel 2003 XML); open het in Excel en ${ALS_XLSX}`,
  pdf: 'dit is een PDF-bestand, geen Excel-werkmap; kies de werkmap zelf',
  onbekend: `dit is geen Excel-werkmap (onbekend bestandsformaat); open de werkmap in Excel en ${ALS_XLSX}`,
} as const;

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from('PK');

/**
 * The message for bytes that are not a zip, or undefined when they start as a zip (a local
 * file header, or the end record of an empty zip) and the package decides.
 */
export function geenZip(bytes: Buffer): string | undefined {
  if (bytes.length === 0) return SOORT.leeg;
  if (bytes.subarray(0, 2).equals(ZIP) && (bytes[2] === 3 || bytes[2] === 5)) return undefined;
  if (bytes.subarray(0, 8).equals(CFB)) return cfbSoort(cfbStromen(bytes));
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return SOORT.pdf;
  return tekstSoort(bytes) ?? SOORT.onbekend;
}

/**
 * The names of the streams in a compound file (OLE2/CFB, MS-CFB): its directory entries, each
 * 128 bytes on a 128-byte boundary after the 512-byte header, a UTF-16 name (length in bytes,
 * with its terminator, at 0x40) and type 2 (stream) at 0x42. Read by scanning every such
 * boundary, so a file whose sector chains are damaged or cut short still tells what it holds.
 */
function cfbStromen(bytes: Buffer): Set<string> {
  const namen = new Set<string>();
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    const lengte = bytes.readUInt16LE(at + 0x40);
    if (bytes[at + 0x42] !== 2 || lengte < 4 || lengte > 64 || lengte % 2 !== 0) continue;
    if (bytes.readUInt16LE(at + lengte - 2) !== 0) continue;
    namen.add(bytes.toString('utf16le', at, at + lengte - 2).toLowerCase());
  }
  return namen;
}

function cfbSoort(stromen: Set<string>): string {
  if (stromen.has('encryptedpackage') || stromen.has('encryptioninfo')) return SOORT.versleuteld;
  if (stromen.has('workbook') || stromen.has('book')) return SOORT.xls;
  return SOORT.ole2;
}

/** Text (UTF-8, Latin-1 or UTF-16 with its mark): HTML, Excel 2003 XML or plain text such as CSV. */
function tekstSoort(bytes: Buffer): string | undefined {
  const begin = bytes.subarray(0, 65536);
  const utf16 = (begin[0] === 0xff && begin[1] === 0xfe) || (begin[0] === 0xfe && begin[1] === 0xff);
  const tekst = utf16 ? begin.toString(begin[0] === 0xff ? 'utf16le' : 'latin1').replace(/\0/g, '') : begin.toString('latin1');
  if (!utf16 && begin.includes(0)) return undefined;
  // Control characters other than tab, line feed, form feed and carriage return: binary.
  const stuur = [...tekst].filter((c) => c < ' ' && !'\t\n\f\r'.includes(c)).length;
  if (stuur > tekst.length / 100) return undefined;
  const kop = tekst.slice(0, 4096).toLowerCase();
  if (kop.includes('urn:schemas-microsoft-com:office:spreadsheet')) return SOORT.xml2003;
  if (/^\W*(<!doctype html|<html)/.test(kop.replace(/^\ufeff|^ï»¿/, ''))) return SOORT.html;
  return SOORT.tekst;
}
