import JSZip from 'jszip';
import { voorbeeldBladen } from '../../src/voorbeeld/werkmap';
import { newXlsx } from '../../src/workbook/adapters/exceljs/xlsxWorkbook';
import { readXlsxPackage } from '../../src/workbook/adapters/xlsx';
import { herberekenWerkmap } from '../../src/workbook/herbereken';

/**
 * The example workbook with an analyst's chart, and what the package adapter's herbereken makes
 * of it: test/unit/workbook/xlsxPackage.test.ts checks its parts, and
 * test/e2e/libreoffice/xlsxPackage.libreoffice.test.ts opens it in LibreOffice.
 */

export const NU = new Date(2026, 10, 22, 14, 32);
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${A_NS}"><xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafiek 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Opgave (analist)</c:v></c:tx><c:val><c:numRef><c:f>Opgave!$E$2:$E$6</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;
export const CHART_PARTS = [
  'xl/drawings/drawing1.xml',
  'xl/drawings/_rels/drawing1.xml.rels',
  'xl/charts/chart1.xml',
  'xl/worksheets/_rels/sheet1.xml.rels',
];

/** The example workbook written by ExcelJS, with an analyst's chart on the Opgave sheet added by hand. */
export async function withChart(): Promise<Buffer> {
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

/** `withChart()` recalculated by the package adapter at NU: the input and the output bytes. */
export async function herberekendMetGrafiek(): Promise<{ original: Buffer; bytes: Buffer }> {
  const original = await withChart();
  const werkmap = await readXlsxPackage(original);
  const uitkomst = await herberekenWerkmap(werkmap.port, { nu: NU });
  expect(uitkomst.ok).toBe(true);
  return { original, bytes: await werkmap.toBuffer() };
}
