import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { cfb, gewoneZip, kantoorZip, ods, zip, zip64 } from './bestanden';
import { geenStack, nplv, tempDir } from './run';

/**
 * Files that are not an .xlsx workbook (issue 12, item 9): each gets one Dutch line saying what
 * the file is and what to do, decided from its bytes (every file here is named .xlsx, so the
 * name cannot tell), exit 2, no stack trace, and no output file.
 */

const FIXTURES = join(__dirname, '../../fixtures');
const ALS_XLSX = 'sla het op als Excel-werkmap (.xlsx)';
const XLS = `dit is een .xls-bestand (Excel 97-2003); open het in Excel en ${ALS_XLSX}`;
const VERSLEUTELD =
  'dit is een versleutelde werkmap (met wachtwoord); open hem in Excel en sla hem op zonder wachtwoord (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord: leegmaken)';
const ODS = `dit is een OpenDocument-rekenblad (.ods); open het in LibreOffice of Excel en ${ALS_XLSX}`;
const OPNIEUW = 'haal het opnieuw op, of open het in Excel en sla het opnieuw op';
const BESCHADIGD = `dit zip-bestand is onvolledig of beschadigd (afgebroken bij kopiëren of downloaden?); ${OPNIEUW}`;
const TEKST = `dit is een tekstbestand (zoals .csv), geen Excel-werkmap; open het in Excel en ${ALS_XLSX}`;

/** The example workbook as `nplv voorbeeld` writes it, cut after `n` bytes. */
async function afgebroken(n: number): Promise<Buffer> {
  const file = join(tempDir(), 'v.xlsx');
  await nplv('voorbeeld', file);
  return readFileSync(file).subarray(0, n);
}

/** The example workbook with the compressed bytes of its first sheet overwritten; its zip directory is intact. */
async function beschadigdBlad(): Promise<Buffer> {
  const bytes = Buffer.from(await afgebroken(Infinity));
  const naam = 'xl/worksheets/sheet1.xml';
  const kop = bytes.indexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4])]), 0);
  let at = kop;
  while (bytes.toString('utf8', at + 30, at + 30 + naam.length) !== naam) at = bytes.indexOf(Buffer.from([0x50, 0x4b, 3, 4]), at + 4);
  const data = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  bytes.fill(0xff, data, data + 64);
  return bytes;
}

const GEVALLEN: [string, () => Buffer | Promise<Buffer>, string][] = [
  ['an .xls saved by LibreOffice (a CFB with a Workbook stream)', () => readFileSync(join(FIXTURES, 'libreoffice/voorbeeld.xls')), XLS],
  ['a hand-made CFB with a Workbook stream', () => cfb(['Workbook', 'SummaryInformation']), XLS],
  ['an Excel 5/95 CFB (a Book stream)', () => cfb(['Book']), XLS],
  [
    'a workbook encrypted with a password (officecrypto-tool, password "geheim")',
    () => readFileSync(join(FIXTURES, 'versleuteld/voorbeeld-wachtwoord-geheim.xlsx')),
    VERSLEUTELD,
  ],
  ['a hand-made CFB with EncryptionInfo and EncryptedPackage', () => cfb(['EncryptionInfo', 'EncryptedPackage']), VERSLEUTELD],
  [
    'a CFB that is a Word 97 document',
    () => cfb(['WordDocument']),
    'dit is een ouder Office-bestand (OLE2), maar geen Excel-werkmap; kies de werkmap zelf',
  ],
  ['an .ods saved by LibreOffice', () => readFileSync(join(FIXTURES, 'libreoffice/voorbeeld.ods')), ODS],
  ['a hand-made .ods', ods, ODS],
  [
    'an OpenDocument text',
    () => zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }),
    'dit is een OpenDocument-bestand, maar geen rekenblad; kies de werkmap zelf',
  ],
  [
    'a .docx',
    () => kantoorZip('word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
    'dit is een Word-document (.docx), geen Excel-werkmap; kies de werkmap zelf',
  ],
  [
    'a .pptx',
    () => kantoorZip('ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'),
    'dit is een PowerPoint-presentatie (.pptx), geen Excel-werkmap; kies de werkmap zelf',
  ],
  [
    'an .xlsb',
    () => kantoorZip('xl/workbook.bin', 'application/vnd.ms-excel.sheet.binary.macroEnabled.main'),
    `dit is een binaire Excel-werkmap (.xlsb); open hem in Excel en ${ALS_XLSX}`,
  ],
  [
    'an .xlam',
    () => kantoorZip('xl/workbook.xml', 'application/vnd.ms-excel.addin.macroEnabled.main+xml'),
    'dit is een Excel-invoegtoepassing (.xlam), geen werkmap; kies de werkmap zelf',
  ],
  [
    'a zip whose end record points past the file (65,535 entries and 4 GB, no ZIP64 record)',
    zip64,
    `het bestand is beschadigd: de inhoudsopgave (centrale map) van het zip-bestand ligt buiten het bestand of is afgebroken; ${OPNIEUW}`,
  ],
  [
    'a zip that holds no workbook',
    gewoneZip,
    'dit is een zip-bestand, maar geen Excel-werkmap (er zit geen werkmap in); kies de werkmap zelf',
  ],
  ['a workbook cut off after 3000 bytes', () => afgebroken(3000), BESCHADIGD],
  ['a workbook cut off after 30 bytes', () => afgebroken(30), BESCHADIGD],
  [
    'a workbook whose first sheet is damaged inside an intact zip',
    beschadigdBlad,
    `het bestand is beschadigd: onderdeel xl/worksheets/sheet1.xml is niet uit te pakken (de gecomprimeerde gegevens kloppen niet); ${OPNIEUW}`,
  ],
  ['a CSV file', () => Buffer.from('Periode;Pijler;Onderdeel;Opgave\r\ntot 2030;Fysiek;Nieuwbouw;445\r\n', 'latin1'), TEKST],
  ['a CSV file in UTF-16 (Excel\'s "Unicode-tekst")', () => Buffer.from('\ufeffPeriode\tOpgave\r\ntot 2030\t445\r\n', 'utf16le'), TEKST],
  [
    'an HTML page named .xlsx',
    () => Buffer.from('<!DOCTYPE html><html><body><table><tr><td>445</td></tr></table></body></html>'),
    `dit is een webpagina (HTML), geen Excel-werkmap; open hem in Excel en ${ALS_XLSX}`,
  ],
  [
    'Excel 2003 XML',
    () => Buffer.from('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'),
    `dit is een XML-werkblad (Excel 2003 XML); open het in Excel en ${ALS_XLSX}`,
  ],
  [
    'a PDF',
    () => Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'),
    'dit is een PDF-bestand, geen Excel-werkmap; kies de werkmap zelf',
  ],
  [
    'bytes of no known kind',
    () => Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 7 + 1) % 256)),
    `dit is geen Excel-werkmap (onbekend bestandsformaat); open de werkmap in Excel en ${ALS_XLSX}`,
  ],
  ['an empty file', () => Buffer.alloc(0), 'dit is een leeg bestand (0 bytes); kies de werkmap zelf, of sla hem opnieuw op in Excel'],
];

describe('nplv herbereken on a file that is not an .xlsx workbook: what it is and what to do', () => {
  it.each(GEVALLEN)(
    '%s',
    async (_naam, maak, bericht) => {
      const dir = tempDir();
      const file = join(dir, 'raming.xlsx');
      writeFileSync(file, await maak());
      const { code, out, err } = await nplv('herbereken', file);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toBe(`nplv: '${file}': ${bericht}`);
      geenStack(err);
      expect(readdirSync(dir)).toEqual(['raming.xlsx']);
    },
    20_000,
  );
});

describe('every command that opens a file says the same', () => {
  it.each([
    ['totaalbeeld', ['--json']],
    ['uitleg', ['Opgave!K4']],
    ['herbereken', ['-o', '<dir>/uit.xlsx']],
  ])(
    'nplv %s on an .xls',
    async (opdracht, meer) => {
      const dir = tempDir();
      const file = join(dir, 'raming.xls');
      writeFileSync(file, cfb(['Workbook']));
      const { code, out, err } = await nplv(opdracht, file, ...meer.map((w) => w.replace('<dir>', dir)));
      expect([code, out, err]).toEqual([2, '', `nplv: '${file}': ${XLS}`]);
      expect(readdirSync(dir)).toEqual(['raming.xls']);
    },
    20_000,
  );
});
