import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { newXlsx } from '../../../src/workbook/adapters/exceljs/xlsxWorkbook';
import { voorbeeldBladen, voorbeeldWerkmap } from '../../../src/voorbeeld/werkmap';
import { boom, orakelCellen, orakelStrings, type OrakelCel } from '../../robustness/xmlOrakel';
import { nplv, tempDir } from './run';

/**
 * `nplv voorbeeld` writes the example workbook with the package writer, from scratch (issue 14:
 * ExcelJS is no longer part of the command line). The file is read here by ExcelJS, a reader
 * independent of the writer, and compared cell by cell with the workbook ExcelJS itself writes
 * of the same sheets, as `nplv voorbeeld` did before.
 */

interface Cel {
  value: ExcelJS.CellValue;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
}

interface Blad {
  name: string;
  cells: Record<string, Cel>;
  widths: (number | null)[];
}

/** Every cell ExcelJS reads in a file (empty ones with a style too), and the widths of the first `columns` columns. */
async function leesMetExcelJS(bytes: Buffer, columns = 10): Promise<Blad[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const cells: Record<string, Cel> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : null;
        // An empty cell in the default format is no cell: one writer writes it (with an empty font), the other leaves it out.
        // ExcelJS reads an empty inline string as no value, an empty shared one as '': both count as none here (the oracle below tells them apart).
        const cel = {
          value: cell.value === '' ? null : (cell.value ?? null),
          formula,
          numberFormat: cell.numFmt || 'General',
          bold: cell.font?.bold === true,
        };
        if (cel.value !== null || formula !== null || cel.numberFormat !== 'General' || cel.bold) cells[cell.address] = cel;
      }),
    );
    return { name: ws.name, cells, widths: Array.from({ length: columns }, (_, i) => ws.getColumn(i + 1).width ?? null) };
  });
}

/** The values of each sheet's cells (in tab order), by the saxes oracle of the XML reader's tests; no formula anywhere. */
async function waardenMetOrakel(bytes: Buffer): Promise<Record<string, OrakelCel['waarde']>[]> {
  const zip = await JSZip.loadAsync(bytes);
  const sst = zip.file('xl/sharedStrings.xml');
  const strings = sst ? orakelStrings(await sst.async('string')) : [];
  const bladen: Record<string, OrakelCel['waarde']>[] = [];
  for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
    const cellen = orakelCellen(await zip.file(part)!.async('string'), strings).filter((c) => c.waarde !== null || c.formule !== null);
    expect(cellen.filter((c) => c.formule !== null)).toEqual([]);
    bladen.push(Object.fromEntries(cellen.map((c) => [`${String.fromCharCode(64 + c.kolom)}${c.rij}`, c.waarde])));
  }
  return bladen;
}

async function alsVoorheen(): Promise<Buffer> {
  const werkmap = newXlsx();
  await werkmap.port.apply({ sheets: voorbeeldBladen(), writes: [], deleteSheets: [] });
  return werkmap.toBuffer();
}

let nu: Buffer;
let bestand: string;

beforeAll(async () => {
  bestand = join(tempDir(), 'voorbeeld.xlsx');
  expect((await nplv('voorbeeld', bestand)).code).toBe(0);
  nu = readFileSync(bestand);
});

describe('nplv voorbeeld: the example workbook written by the package writer', () => {
  it('holds, read by ExcelJS, the same sheets, cells, values, number formats, bold and column widths as the one ExcelJS writes', async () => {
    const [nieuw, oud] = [await leesMetExcelJS(nu), await leesMetExcelJS(await alsVoorheen())];
    expect(nieuw.map((b) => b.name)).toEqual(['Opgave', 'Dekking']);
    expect(Object.keys(nieuw[0].cells).length).toBeGreaterThan(100);
    expect(nieuw).toEqual(oud);
  });

  it('has exactly the example rows as values (empty texts too), read by a conforming XML parser, as the one ExcelJS writes', async () => {
    const [nieuw, oud] = [await waardenMetOrakel(nu), await waardenMetOrakel(await alsVoorheen())];
    const verwacht = Object.values(voorbeeldWerkmap()).map((rows) =>
      Object.fromEntries(
        rows.flatMap((row, r) => row.flatMap((v, c) => (v === null ? [] : [[`${String.fromCharCode(65 + c)}${r + 1}`, v]]))),
      ),
    );
    expect(nieuw).toEqual(verwacht);
    expect(oud).toEqual(verwacht);
    expect(Object.values(nieuw[1])).toContain('');
  });

  it('has the header row (the third) bold, no formula and the number format General', async () => {
    const bladen = await leesMetExcelJS(nu);
    Object.values(voorbeeldWerkmap()).forEach((rows, i) => {
      const cells = Object.entries(bladen[i].cells);
      expect(cells.filter(([, c]) => c.bold).map(([a]) => a)).toEqual(rows[2].map((_, c) => `${String.fromCharCode(65 + c)}3`));
      expect(cells.every(([, c]) => c.formula === null && c.numberFormat === 'General')).toBe(true);
    });
  });

  it('is a whole package: every part well-formed XML (saxes), with a content type, reached from the workbook', async () => {
    const zip = await JSZip.loadAsync(nu);
    const parts = Object.keys(zip.files).filter((p) => !zip.files[p].dir);
    expect(parts.sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
      ].sort(),
    );
    const xml = Object.fromEntries(await Promise.all(parts.map(async (p) => [p, await zip.file(p)!.async('string')] as const)));
    for (const p of parts) expect(() => boom(xml[p])).not.toThrow();
    const types = boom(xml['[Content_Types].xml']).kinderen;
    const overrides = types.filter((t) => t.naam === 'Override').map((t) => t.attrs.PartName);
    const defaults = types.filter((t) => t.naam === 'Default').map((t) => t.attrs.Extension);
    for (const p of parts.filter((p) => p !== '[Content_Types].xml'))
      expect(overrides.includes(`/${p}`) || defaults.includes(p.split('.').pop()!)).toBe(true);
    const sheets = boom(xml['xl/workbook.xml']).kinderen.find((k) => k.naam === 'sheets')!.kinderen;
    const rels = boom(xml['xl/_rels/workbook.xml.rels']).kinderen;
    expect(sheets.map((s) => [s.attrs.name, `xl/${rels.find((r) => r.attrs.Id === s.attrs['r:id'])!.attrs.Target}`])).toEqual([
      ['Opgave', 'xl/worksheets/sheet1.xml'],
      ['Dekking', 'xl/worksheets/sheet2.xml'],
    ]);
  });

  const unzip = (() => {
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  (unzip || process.env.CI === 'true' ? it : it.skip)('passes unzip -t', () => {
    expect(execFileSync('unzip', ['-tq', bestand], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });
});
