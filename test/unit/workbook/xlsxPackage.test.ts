import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { SaxesParser } from 'saxes';
import { voorbeeldBladen } from '../../../src/voorbeeld/werkmap';
import { herbereken } from '../../../src/workbook/recalculate';
import { readXlsxPackage } from '../../../src/workbook/adapters/xlsx';
import { newXlsx } from '../../../src/workbook/adapters/exceljs/xlsxWorkbook';

const NU = new Date(2026, 10, 22, 14, 32);
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${A_NS}"><xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafiek 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Opgave (analist)</c:v></c:tx><c:val><c:numRef><c:f>Opgave!$E$2:$E$6</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;
const CHART_PARTS = ['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml', 'xl/worksheets/_rels/sheet1.xml.rels'];

/** The example workbook written by ExcelJS, with an analyst's chart on the Opgave sheet added by hand. */
async function withChart(): Promise<Buffer> {
  const werkmap = newXlsx();
  await werkmap.port.apply({ sheets: voorbeeldBladen(), writes: [], deleteSheets: [] });
  const zip = await JSZip.loadAsync(await werkmap.toBuffer());
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  expect(zip.file('xl/worksheets/_rels/sheet1.xml.rels')).toBeNull();
  zip.file('xl/worksheets/sheet1.xml', sheet.replace('</worksheet>', `<drawing xmlns:r="${R_NS}" r:id="rId1"/></worksheet>`));
  const rel = (type: string, target: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R_NS}/${type}" Target="${target}"/></Relationships>`;
  zip.file('xl/worksheets/_rels/sheet1.xml.rels', rel('drawing', '../drawings/drawing1.xml'));
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file('xl/drawings/_rels/drawing1.xml.rels', rel('chart', '../charts/chart1.xml'));
  zip.file('xl/charts/chart1.xml', CHART);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function parts(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return new Map(await Promise.all(files.map(async (f) => [f.name, await f.async('nodebuffer')] as const)));
}

function wellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

describe('herbereken on the .xlsx package adapter, on a workbook with a chart', () => {
  let input: Map<string, Buffer>;
  let output: Map<string, Buffer>;
  let bytes: Buffer;
  beforeAll(async () => {
    const original = await withChart();
    input = await parts(original);
    const werkmap = await readXlsxPackage(original);
    const uitkomst = await herbereken(werkmap.port, { nu: NU });
    expect(uitkomst.ok).toBe(true);
    bytes = await werkmap.toBuffer();
    output = await parts(bytes);
  });

  it('copies the chart, its drawing and their relationships byte for byte', () => {
    for (const part of CHART_PARTS) expect([part, output.get(part)?.equals(input.get(part)!)]).toEqual([part, true]);
    expect(output.get('xl/worksheets/sheet1.xml')!.toString()).toContain(`<drawing xmlns:r="${R_NS}" r:id="rId1"/>`);
  });

  it('changes only the written sheets, styles, the new sheet and the lists of parts; every other part is as it was', () => {
    const changed = [...output.keys()].filter((p) => !input.get(p)?.equals(output.get(p)!)).sort();
    expect(changed).toEqual(
      ['[Content_Types].xml', 'docProps/app.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml'].sort(),
    );
    expect([...input.keys()].filter((p) => !output.has(p))).toEqual([]);
    expect(output.get('xl/workbook.xml')!.toString()).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('writes only well-formed XML', () => {
    for (const [part, content] of output) if (/\.(xml|rels)$/.test(part)) expect(() => wellFormed(content.toString('utf8'))).not.toThrow();
  });

  it('opens in ExcelJS with the computed columns and the Totaalbeeld sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Opgave', 'Dekking', 'NPLV Totaalbeeld']);
    const opgave = wb.getWorksheet('Opgave')!;
    // The header in row 3, below the title; Nieuwbouw, tot 2030 in row 4: 445 × 50% (golden.json).
    const header = opgave.getRow(3).values as unknown[];
    const rijksdeel = header.indexOf('Rijksdeel');
    // Right of the example's last column, Toelichting (G).
    expect(rijksdeel).toBe(8);
    expect(opgave.getCell(4, rijksdeel).value).toBe(222.5);
    expect(opgave.getCell(4, rijksdeel).numFmt).toBe('#,##0.0');
    expect(String(wb.getWorksheet('NPLV Totaalbeeld')!.getCell('A1').value)).toMatch(/^NPLV Totaalbeeld — berekend 22-11-2026 14:32/);
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  (soffice ? it : it.skip)(
    'opens in LibreOffice with the same values',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'nplv-package-lo-'));
      try {
        writeFileSync(join(dir, 'uit.xlsx'), bytes);
        mkdirSync(join(dir, 'csv'));
        execFileSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', join(dir, 'csv'), join(dir, 'uit.xlsx')], { stdio: 'ignore', timeout: 120_000 });
        const csv = (name: string) => readFileSync(join(dir, 'csv', readdirSync(join(dir, 'csv')).find((f) => f.includes(name))!), 'utf8').split('\n').map((l) => l.split(','));
        const opgave = csv('Opgave');
        expect(opgave[2].slice(7, 9)).toEqual(['Rijksdeel', 'Dekking']);
        expect(Number(opgave[3][7])).toBe(222.5);
        expect(csv('Totaalbeeld')[0][0]).toMatch(/NPLV Totaalbeeld/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
