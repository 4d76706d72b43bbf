import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { readXlsxPackage } from '../../../src/workbook/adapters/xlsx';
import { nplv, soffice, tempDir } from '../../unit/cli/run';

/**
 * Issue 12 on files another program made: `nplv herbereken` writes the Totaalbeeld, the
 * analyst's note and chart are added by hand-written XML (as Excel stores them: a cell, a
 * drawing part with a chart part), and that file saved again by LibreOffice; a second
 * `nplv herbereken` keeps both.
 */
const TB = 'NPLV Totaalbeeld';
const DRAWING = 'xl/drawings/drawing9.xml';
const CHART = 'xl/charts/chart9.xml';

const DRAWING_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>18</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Mijn grafiek"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
  '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
  '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';

const CHART_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  '<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Mijn grafiek</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>' +
  '<c:plotArea><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/>' +
  `<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'${TB}'!$B$5:$B$6</c:f></c:numRef></c:val></c:ser>` +
  '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
  '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="2"/></c:catAx>' +
  '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="1"/></c:valAx>' +
  '</c:plotArea></c:chart></c:chartSpace>';

const rels = (id: string, type: string, target: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;

// The Totaalbeeld's worksheet part, from the workbook's list of sheets and its relationships.
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(wbRels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(wbRels)![1];
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The analyst's note (M2) and chart (a drawing with a chart part) put in the Totaalbeeld's XML by hand. */
async function metNotitieEnGrafiek(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPart(zip, TB);
  let xml = await zip.file(part)!.async('string');
  expect(xml).not.toContain('<drawing');
  xml = xml.replace(/(<row [^>]*r="2"[^>]*>[\s\S]*?)(<\/row>)/, '$1<c r="M2" t="inlineStr"><is><t>mijn notitie</t></is></c>$2');
  xml = xml.replace('</worksheet>', '<drawing r:id="rIdMijn"/></worksheet>');
  zip.file(part, xml);
  const dir = part.slice(0, part.lastIndexOf('/'));
  zip.file(`${dir}/_rels/${part.slice(dir.length + 1)}.rels`, rels('rIdMijn', 'drawing', '../drawings/drawing9.xml'));
  zip.file(DRAWING, DRAWING_XML);
  zip.file('xl/drawings/_rels/drawing9.xml.rels', rels('rId1', 'chart', '../charts/chart9.xml'));
  zip.file(CHART, CHART_XML);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/charts/chart9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

// The Totaalbeeld's cell M2 and the line naming the add-in's cells, as the package adapter reads them.
async function cellen(bytes: Buffer) {
  const [g] = await (await readXlsxPackage(bytes)).port.readSheets([TB]);
  const at = (row: number, column: number) => g.values[row - g.top]?.[column - g.left] ?? null;
  const lijnen = g.values.flatMap((row) => row.filter((v) => typeof v === 'string' && v.startsWith('Cellen van de add-in:')));
  return { notitie: at(2, 13), lijnen, titel: at(1, 1) };
}

// The charts a package's sheet shows: its drawing's chart parts, by their titles.
async function grafieken(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPart(zip, TB);
  if (!(await zip.file(part)!.async('string')).includes('drawing r:id=')) return [];
  const charts = zip.file(/^xl\/charts\/chart[^/]*\.xml$/);
  const texts = await Promise.all(charts.map((f) => f.async('string')));
  return texts.flatMap((t) => (t.includes('Mijn grafiek') ? ['Mijn grafiek'] : []));
}

async function herbereken(dir: string, input: string, output: string): Promise<Buffer> {
  const r = await nplv('herbereken', join(dir, input), '-o', join(dir, output));
  expect(r).toMatchObject({ code: 0 });
  return readFileSync(join(dir, output));
}

describe("the analyst's note and chart on the NPLV Totaalbeeld, in files other programs made", () => {
  let dir: string;
  let eerste: Buffer;
  beforeAll(async () => {
    dir = tempDir();
    expect((await nplv('voorbeeld', join(dir, 'voorbeeld.xlsx'))).code).toBe(0);
    eerste = await metNotitieEnGrafiek(await herbereken(dir, 'voorbeeld.xlsx', 'eerste.xlsx'));
    writeFileSync(join(dir, 'met-notitie.xlsx'), eerste);
  });

  it('hand-written XML: a second run keeps the note, and the drawing and chart parts byte for byte', async () => {
    const tweede = await herbereken(dir, 'met-notitie.xlsx', 'tweede.xlsx');
    const [voor, na] = [await JSZip.loadAsync(eerste), await JSZip.loadAsync(tweede)];
    for (const part of [DRAWING, CHART, 'xl/drawings/_rels/drawing9.xml.rels'])
      expect(await na.file(part)?.async('nodebuffer')).toEqual(await voor.file(part)!.async('nodebuffer'));
    expect(await grafieken(tweede)).toEqual(['Mijn grafiek']);
    const { notitie, lijnen } = await cellen(tweede);
    expect(notitie).toBe('mijn notitie');
    expect(lijnen).toHaveLength(1);
  });

  const metLibreOffice = soffice() || process.env.CI === 'true' ? it : it.skip;
  metLibreOffice('saved again by LibreOffice: a second run keeps the note and the chart', async () => {
    const lo = join(dir, 'lo');
    execFileSync(soffice()!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profiel`, '--convert-to', 'xlsx', '--outdir', lo, join(dir, 'met-notitie.xlsx')], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const opgeslagen = readFileSync(join(lo, 'met-notitie.xlsx'));
    expect(await grafieken(opgeslagen)).toEqual(['Mijn grafiek']);
    expect((await cellen(opgeslagen)).lijnen).toHaveLength(1); // LibreOffice keeps the line naming the add-in's cells
    const tweede = await herbereken(lo, 'met-notitie.xlsx', 'tweede.xlsx');
    expect(await grafieken(tweede)).toEqual(['Mijn grafiek']);
    const { notitie, lijnen, titel } = await cellen(tweede);
    expect(notitie).toBe('mijn notitie');
    expect(lijnen).toHaveLength(1); // the run knew its cells from that line: one line, rewritten
    expect(String(titel)).toMatch(/^NPLV Totaalbeeld — berekend /);
  }, 180_000);
});
