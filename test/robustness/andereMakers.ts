import { execFileSync } from 'child_process';
import { existsSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';

/**
 * Workbooks as other programs write them (issue 12): an .xlsx package written by hand the way
 * openpyxl, pandas, ExcelJS and POI write it (formulas without a cached value, inline and
 * shared strings, styles by number, no dimension element), and a flat OpenDocument sheet
 * (.fods) for LibreOffice to convert to .xlsx itself.
 */

/** One cell of a hand-written sheet: a number, text (inline or shared), an error value, or a formula with or without its value. */
export type XmlCel =
  | { n: number; s?: number }
  | { inline: string }
  | { gedeeld: number }
  | { fout: string }
  | { f: string; v?: number; s?: number }
  | { f: string; fout: string }
  | null;

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const kolom = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : kolom(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));

export function celXml(c: Exclude<XmlCel, null>, r: string): string {
  const s = 's' in c && c.s !== undefined ? ` s="${c.s}"` : '';
  if ('n' in c) return `<c r="${r}"${s}><v>${c.n}</v></c>`;
  if ('inline' in c) return `<c r="${r}" t="inlineStr"><is><t>${esc(c.inline)}</t></is></c>`;
  if ('gedeeld' in c) return `<c r="${r}" t="s"><v>${c.gedeeld}</v></c>`;
  if ('fout' in c) return `<c r="${r}" t="e">${'f' in c ? `<f>${esc(c.f)}</f>` : ''}<v>${esc(c.fout)}</v></c>`;
  return `<c r="${r}"${s}><f>${esc(c.f)}</f>${'v' in c && c.v !== undefined ? `<v>${c.v}</v>` : ''}</c>`;
}

/** A worksheet as openpyxl writes one: no dimension element, rows and cells with their references, nothing else. */
export function sheetXml(rijen: XmlCel[][]): string {
  const rows = rijen
    .map((rij, i) => {
      const cellen = rij.flatMap((c, j) => (c === null ? [] : [celXml(c, `${kolom(j)}${i + 1}`)])).join('');
      return cellen === '' ? '' : `<row r="${i + 1}">${cellen}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
}

/**
 * The styles of the hand-written packages, by index (`s`): 0 General, 1 the built-in date
 * format 14, 2 a format of its own `d-m-yyyy` (numFmtId 164), 3 the built-in time format 20 (`h:mm`).
 */
const STYLES = `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="d-m-yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

export const STIJL = { datum14: 1, datumEigen: 2, tijd20: 3 };

/** An .xlsx package of these sheets, zipped with jszip; shared strings when given. */
export function xlsxMetXml(bladen: { naam: string; rijen: XmlCel[][] }[], gedeeld: string[] = []): Promise<Buffer> {
  return xlsxMetBladXml(
    bladen.map((b) => ({ naam: b.naam, xml: sheetXml(b.rijen) })),
    gedeeld,
  );
}

/** An .xlsx package of these worksheet parts (their XML as given), zipped with jszip; shared strings when given. */
export async function xlsxMetBladXml(bladen: { naam: string; xml: string }[], gedeeld: string[] = []): Promise<Buffer> {
  const zip = new JSZip();
  const ns = 'http://schemas.openxmlformats.org';
  const overrides = bladen
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const sst =
    gedeeld.length > 0
      ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
      : '';
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}${sst}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheets = bladen.map((b, i) => `<sheet name="${esc(b.naam)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets>${sheets}</sheets></workbook>`,
  );
  const rels = bladen.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  rels.push(`<Relationship Id="rId${bladen.length + 1}" Type="${ns}/officeDocument/2006/relationships/styles" Target="styles.xml"/>`);
  if (gedeeld.length > 0)
    rels.push(
      `<Relationship Id="rId${bladen.length + 2}" Type="${ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`,
    );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${ns}/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  zip.file('xl/styles.xml', STYLES);
  if (gedeeld.length > 0)
    zip.file(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="${ns}/spreadsheetml/2006/main" count="${gedeeld.length}" uniqueCount="${gedeeld.length}">${gedeeld.map((t) => `<si><t>${esc(t)}</t></si>`).join('')}</sst>`,
    );
  bladen.forEach((b, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, b.xml));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** One cell of a flat OpenDocument sheet: text, a number, a date (`2026-03-01`, shown d-m-yyyy), or a formula with its value. */
export type FodsCel = string | number | { datum: string } | { formule: string; waarde: number } | null;

function fodsCel(c: FodsCel): string {
  if (c === null) return '<table:table-cell/>';
  if (typeof c === 'string') return `<table:table-cell office:value-type="string"><text:p>${esc(c)}</text:p></table:table-cell>`;
  if (typeof c === 'number')
    return `<table:table-cell office:value-type="float" office:value="${c}"><text:p>${c}</text:p></table:table-cell>`;
  if ('datum' in c)
    return `<table:table-cell table:style-name="datum" office:value-type="date" office:date-value="${c.datum}"><text:p>${c.datum}</text:p></table:table-cell>`;
  return `<table:table-cell table:formula="${esc(c.formule)}" office:value-type="float" office:value="${c.waarde}"><text:p>${c.waarde}</text:p></table:table-cell>`;
}

/** A flat OpenDocument spreadsheet (.fods) of these sheets, with a date style `d-m-yyyy` for date cells. */
export function fods(bladen: { naam: string; rijen: FodsCel[][] }[]): string {
  const o = 'urn:oasis:names:tc:opendocument:xmlns';
  const tabellen = bladen
    .map(
      (b) =>
        `<table:table table:name="${esc(b.naam)}">${b.rijen.map((r) => `<table:table-row>${r.map(fodsCel).join('')}</table:table-row>`).join('')}</table:table>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="${o}:office:1.0" xmlns:table="${o}:table:1.0" xmlns:text="${o}:text:1.0" xmlns:style="${o}:style:1.0" xmlns:number="${o}:datastyle:1.0" xmlns:of="${o}:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles><number:date-style style:name="dmj"><number:day/><number:text>-</number:text><number:month/><number:text>-</number:text><number:year number:style="long"/></number:date-style><style:style style:name="datum" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="dmj"/></office:automatic-styles>
<office:body><office:spreadsheet>${tabellen}</office:spreadsheet></office:body></office:document>`;
}

/** LibreOffice's own converter, when it is there (CI installs it: .ci/run). */
export const soffice = (): string | undefined => ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

/** The .fods files saved as .xlsx by LibreOffice (one run, bounded in time), in `map`; their paths by name. */
export function doorLibreOffice(map: string, bestanden: Record<string, string>, timeout = 120_000): Record<string, string> {
  const namen = Object.keys(bestanden);
  for (const naam of namen) writeFileSync(join(map, `${naam}.fods`), bestanden[naam]);
  const args = [
    '--headless',
    '--norestore',
    `-env:UserInstallation=file://${map}/lo`,
    '--convert-to',
    'xlsx',
    '--outdir',
    map,
    ...namen.map((n) => join(map, `${n}.fods`)),
  ];
  execFileSync(soffice()!, args, { stdio: 'ignore', timeout });
  return Object.fromEntries(namen.map((n) => [n, join(map, `${n}.xlsx`)]));
}
