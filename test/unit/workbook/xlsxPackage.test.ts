import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

import { CHART_PARTS, herberekendMetGrafiek, R_NS } from '../../support/chartWorkbook';

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
    const { original, bytes: herberekend } = await herberekendMetGrafiek();
    input = await parts(original);
    bytes = herberekend;
    output = await parts(bytes);
  });

  it('copies the chart, its drawing and their relationships byte for byte', () => {
    for (const part of CHART_PARTS) expect([part, output.get(part)?.equals(input.get(part)!)]).toEqual([part, true]);
    expect(output.get('xl/worksheets/sheet1.xml')!.toString()).toContain(`<drawing xmlns:r="${R_NS}" r:id="rId1"/>`);
  });

  it('changes only the written sheets, styles, the new sheet, its charts and the lists of parts; every other part is as it was', () => {
    const changed = [...output.keys()].filter((p) => !input.get(p)?.equals(output.get(p)!)).sort();
    const totaalbeeld = [
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/_rels/sheet3.xml.rels',
      'xl/drawings/drawing2.xml',
      'xl/drawings/_rels/drawing2.xml.rels',
      'xl/charts/chart2.xml',
      'xl/charts/chart3.xml',
    ];
    expect(changed).toEqual(
      [
        '[Content_Types].xml',
        'docProps/app.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
        ...totaalbeeld,
      ].sort(),
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
    // Right of the example's last column, Toelichting (H, after Bron raming).
    expect(rijksdeel).toBe(9);
    expect(opgave.getCell(4, rijksdeel).value).toBe(222.5);
    expect(opgave.getCell(4, rijksdeel).numFmt).toBe('#,##0.0');
    expect(String(wb.getWorksheet('NPLV Totaalbeeld')!.getCell('A1').value)).toMatch(/^NPLV Totaalbeeld — berekend 22-11-2026 14:32/);
  });
});
