import type { SheetChart, SheetGrid } from '../../../src/workbook/port';
import { readXlsxPackage, newXlsxPackage } from '../../../src/workbook/adapters/xlsx';
import { herberekenWerkmap } from '../../../src/workbook/herbereken';
import type { XmlElement } from '../../../src/workbook/adapters/xlsx/xml/tree';
import { sheetDrawing, withDrawing } from '../../../src/workbook/adapters/xlsx/charts/sheetDrawing';
import { herberekendMetGrafiek } from '../../support/chartWorkbook';
import { TORNADO_CELLS, tornadoChart } from '../../support/tornado';
import { packageParts, packageProblems, relationships, xmlOf } from '../../support/packageParts';

/**
 * The package writer's charts (issue 16): DrawingML parts read back with the product's XML
 * reader and checked against the sheet's cells, reference by reference — sheet → drawing →
 * chart, categories, names and values with their caches — and against Excel's rules of a
 * package; a second run replaces only the add-in's charts.
 */
const TB = 'NPLV Totaalbeeld';
const LATER = new Date(2026, 10, 23, 9, 5);
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

const local = (e: XmlElement) => e.name.slice(e.name.indexOf(':') + 1);
const all = (e: XmlElement, name: string): XmlElement[] => [...(local(e) === name ? [e] : []), ...e.children.flatMap((c) => all(c, name))];
const one = (e: XmlElement, name: string) => all(e, name)[0];
const idOf = (e: XmlElement) => [...e.attrs].find(([n]) => n.endsWith(':id'))?.[1];

type Parts = Map<string, Buffer>;

// The worksheet part of a sheet, by the workbook's list and relationships.
function sheetPart(parts: Parts, sheet: string): string {
  const workbook = xmlOf(parts, 'xl/workbook.xml');
  const id = idOf(all(workbook, 'sheet').find((s) => s.attrs.get('name') === sheet)!);
  return relationships(parts, 'xl/workbook.xml').find((r) => r.id === id)!.path;
}

/** The sheet's drawing and, per anchor, its frame's name, its chart part and the anchor's text as written. */
function drawingOf(parts: Parts, sheet: string) {
  const part = sheetPart(parts, sheet);
  const drawings = all(xmlOf(parts, part), 'drawing');
  expect(drawings).toHaveLength(1);
  const rel = relationships(parts, part).find((r) => r.id === idOf(drawings[0]))!;
  expect(rel.type).toBe('drawing');
  const xml = parts.get(rel.path)!.toString('utf8');
  const anchors = xmlOf(parts, rel.path).children.map((a) => {
    const chartRel = relationships(parts, rel.path).find((r) => r.id === idOf(one(a, 'chart')))!;
    expect(chartRel.type).toBe('chart');
    const marker = (m: string) => ['col', 'colOff', 'row', 'rowOff'].map((n) => Number(one(one(a, m), n).text));
    return {
      name: one(a, 'cNvPr').attrs.get('name'),
      chart: chartRel.path,
      text: xml.slice(a.start, a.end),
      from: marker('from'),
      to: marker('to'),
    };
  });
  return { path: rel.path, anchors };
}

const cellText = (grid: SheetGrid, row: number, column: number) => grid.values[row - grid.top]?.[column - grid.left] ?? null;

// `'NPLV Totaalbeeld'!$B$5:$B$6` → its column and rows, checking the sheet's name.
function ref(f: string): { column: string; top: number; bottom: number } {
  const m = /^'NPLV Totaalbeeld'!\$([A-Z]+)\$(\d+)(?::\$\1\$(\d+))?$/.exec(f);
  expect(m).not.toBeNull();
  return { column: m![1], top: Number(m![2]), bottom: Number(m![3] ?? m![2]) };
}
const column = (letters: string) => letters.charCodeAt(0) - 64;
const cache = (e: XmlElement) => all(e, 'pt').map((p) => [Number(p.attrs.get('idx')), one(p, 'v').text]);

describe('the .xlsx package writer draws the Totaalbeeld chart as DrawingML', () => {
  let parts: Parts;
  let bytes: Buffer;
  let grid: SheetGrid;
  beforeAll(async () => {
    bytes = (await herberekendMetGrafiek()).bytes;
    parts = await packageParts(bytes);
    [grid] = await (await readXlsxPackage(bytes)).port.readSheets([TB]);
  });

  it('refers from the sheet to a drawing with an anchor of its own per periode, and from each to a chart part, each with its content type', () => {
    const { path, anchors } = drawingOf(parts, TB);
    expect(anchors.map((a) => a.name)).toEqual(['NPLV grafiek 1', 'NPLV grafiek 2']);
    const types = xmlOf(parts, '[Content_Types].xml').children.map((e) => [e.attrs.get('PartName'), e.attrs.get('ContentType')]);
    expect(types).toContainEqual([`/${path}`, DRAWING_TYPE]);
    for (const a of anchors) expect(types).toContainEqual([`/${a.chart}`, CHART_TYPE]);
    expect(packageProblems(parts)).toEqual([]);
  });

  it('shows opgave, dekking and restopgave per pijler: each series names its header cell and the pijler rows, its caches the cells themselves', () => {
    const [{ chart, from, to }] = drawingOf(parts, TB).anchors;
    const space = xmlOf(parts, chart);
    expect(
      all(one(space, 'title'), 't')
        .map((t) => t.text)
        .join(''),
    ).toBe('Opgave, dekking en restopgave per pijler, tot 2030 (mln euro)');
    expect([one(space, 'barDir').attrs.get('val'), one(space, 'grouping').attrs.get('val')]).toEqual(['col', 'clustered']);
    const series = all(space, 'ser').map((ser) => {
      const [name, cat, val] = [one(one(ser, 'tx'), 'f'), one(one(ser, 'cat'), 'f'), one(one(ser, 'val'), 'f')].map((f) => ref(f.text));
      expect([cat.top, cat.bottom, val.top, val.bottom]).toEqual([name.top + 1, name.top + 2, name.top + 1, name.top + 2]);
      expect(cache(one(ser, 'tx'))).toEqual([[0, cellText(grid, name.top, column(name.column))]]);
      expect(cache(one(ser, 'cat'))).toEqual([0, 1].map((i) => [i, cellText(grid, cat.top + i, column(cat.column))]));
      expect(cache(one(ser, 'val'))).toEqual([0, 1].map((i) => [i, String(cellText(grid, val.top + i, column(val.column)))]));
      return [cellText(grid, name.top, column(name.column)), ...[0, 1].map((i) => cellText(grid, val.top + i, column(val.column)))];
    });
    // golden.json, tot 2030: Fysieke pijler then Sociaal-maatschappelijke pijler; the example names its sources of the estimate, so the opgave is their Subtotaal.
    expect(series).toEqual([
      ['Subtotaal', 3050, 1300],
      ['Dekking', 675, 740],
      ['Restopgave', 2375, 560],
    ]);
    const format = one(one(space, 'valAx'), 'numFmt');
    expect([format.attrs.get('formatCode'), format.attrs.get('sourceLinked')]).toEqual(['#,##0.0', '0']);
    // 8 columns × 16 rows, its lower corner on a cell's edge, over no cell that holds something.
    expect([to[0] - from[0], to[2] - from[2], to[1], to[3]]).toEqual([8, 16, 0, 0]);
    const covered = Array.from({ length: 16 * 8 }, (_, i) => cellText(grid, from[2] + 1 + Math.floor(i / 8), from[0] + 1 + (i % 8)));
    expect(covered.filter((v) => v !== null)).toEqual([]);
  });

  it('reads its charts back as written', async () => {
    const [chart] = grid.charts!;
    expect(grid.charts).toHaveLength(2);
    expect(chart).toMatchObject({
      title: 'Opgave, dekking en restopgave per pijler, tot 2030 (mln euro)',
      type: 'columnClustered',
      valueFormat: '#,##0.0',
    });
    expect(chart.series.map((s) => s.name)).toEqual(chart.series.map((s) => cellText(grid, chart.nameRow!, s.column)));
    expect(cellText(grid, chart.categories.top, chart.categories.column)).toBe('Fysieke pijler');
  });

  it("on a second run replaces its own charts and keeps the analyst's anchor and chart part on the same drawing byte for byte", async () => {
    const { path, anchors } = drawingOf(parts, TB);
    const withAnalyst = await addAnalystChart(parts, path);
    const werkmap = await readXlsxPackage(withAnalyst);
    expect((await herberekenWerkmap(werkmap.port, { nu: LATER })).ok).toBe(true);
    const tweede = await packageParts(await werkmap.toBuffer());
    const after = drawingOf(tweede, TB);
    expect(after.path).toBe(path);
    expect(after.anchors.map((a) => a.name)).toEqual(['Mijn grafiek', 'NPLV grafiek 1', 'NPLV grafiek 2']);
    expect(after.anchors[0].text).toBe(ANALYST_ANCHOR);
    expect(tweede.get('xl/charts/chart99.xml')).toEqual(Buffer.from(ANALYST_CHART));
    // The add-in's new chart in the part of its earlier one; the analyst's on Opgave (chart1) and here (chart99): no other chart part.
    expect(after.anchors.slice(1).map((a) => a.chart)).toEqual(anchors.map((a) => a.chart));
    expect([...tweede.keys()].filter((p) => p.startsWith('xl/charts/')).sort()).toEqual(
      ['xl/charts/chart1.xml', ...anchors.map((a) => a.chart), 'xl/charts/chart99.xml'].sort(),
    );
    expect(packageProblems(tweede)).toEqual([]);
  });
});

describe('several charts on a sheet through the package adapter', () => {
  const chart = (title: string, column: number, anchor: string, to: string): SheetChart => ({
    title,
    type: 'columnClustered',
    categories: { top: 2, column: 1, rows: 2 },
    series: [{ name: 'Opgave', column }],
    nameRow: 1,
    anchor,
    to,
    valueFormat: '#,##0.00,',
  });
  const twee = [chart('Eerste', 2, 'E1', 'H10'), chart('Tweede', 3, 'E12', 'H20')];

  it('writes each in its own part, reads them back in order, and with none left (after a save) drops the parts', async () => {
    const werkmap = await newXlsxPackage([
      {
        name: 'Blad',
        values: [
          ['', 'Opgave', 'Dekking'],
          ['Fysiek', 3050, 675],
          ['Sociaal', 1300, 740],
        ],
      },
    ]);
    await werkmap.port.apply({ sheets: [], writes: [], charts: [{ sheet: 'Blad', charts: twee }], deleteSheets: [] });
    const met = await packageParts(await werkmap.toBuffer());
    expect(drawingOf(met, 'Blad').anchors.map((a) => [a.name, a.chart])).toEqual([
      ['NPLV grafiek 1', 'xl/charts/chart1.xml'],
      ['NPLV grafiek 2', 'xl/charts/chart2.xml'],
    ]);
    expect(cache(one(xmlOf(met, 'xl/charts/chart2.xml'), 'val'))).toEqual([
      [0, '675'],
      [1, '740'],
    ]);
    expect(packageProblems(met)).toEqual([]);
    const heropend = await readXlsxPackage(await werkmap.toBuffer());
    const [grid] = await heropend.port.readSheets(['Blad']);
    expect(grid.charts).toEqual(twee);
    await heropend.port.apply({ sheets: [], writes: [], charts: [{ sheet: 'Blad', charts: [] }], deleteSheets: [] });
    const zonder = await packageParts(await heropend.toBuffer());
    expect(drawingOf(zonder, 'Blad').anchors).toEqual([]);
    expect([...zonder.keys()].filter((p) => p.startsWith('xl/charts/'))).toEqual([]);
    expect(packageProblems(zonder)).toEqual([]);
  });
});

describe('a bar chart (a tornado, issue 19) through the package adapter', () => {
  const tornado = tornadoChart('E1', 'L16');
  const attr = (e: XmlElement, name: string) => one(e, name).attrs.get('val');

  it('writes horizontal bars overlapping, the keys up the left with their labels low, the values along the bottom; reads it back; a rewrite replaces it', async () => {
    const werkmap = await newXlsxPackage([{ name: 'Blad', values: TORNADO_CELLS }]);
    await werkmap.port.apply({ sheets: [], writes: [], charts: [{ sheet: 'Blad', charts: [tornado] }], deleteSheets: [] });
    const met = await packageParts(await werkmap.toBuffer());
    const space = xmlOf(met, drawingOf(met, 'Blad').anchors[0].chart);
    const [cat, val] = [one(space, 'catAx'), one(space, 'valAx')];
    expect([attr(space, 'barDir'), attr(space, 'grouping'), attr(space, 'overlap'), attr(space, 'gapWidth')]).toEqual([
      'bar',
      'clustered',
      '100',
      '60',
    ]);
    expect([attr(cat, 'axPos'), attr(cat, 'tickLblPos'), attr(val, 'axPos'), attr(val, 'tickLblPos')]).toEqual(['l', 'low', 'b', 'nextTo']);
    expect(all(space, 'ser').map((ser) => cache(one(ser, 'val')))).toEqual([
      [
        [0, '-44.5'],
        [1, '0'],
      ],
      [
        [0, '44.5'],
        [1, '7.5'],
      ],
    ]);
    expect(packageProblems(met)).toEqual([]);
    const heropend = await readXlsxPackage(await werkmap.toBuffer());
    expect((await heropend.port.readSheets(['Blad']))[0].charts).toEqual([tornado]);
    const kolommen: SheetChart = { ...tornado, type: 'columnClustered' };
    await heropend.port.apply({ sheets: [], writes: [], charts: [{ sheet: 'Blad', charts: [kolommen] }], deleteSheets: [] });
    const daarna = await readXlsxPackage(await heropend.toBuffer());
    expect((await daarna.port.readSheets(['Blad']))[0].charts).toEqual([kolommen]);
    const kolom = xmlOf(await packageParts(await daarna.toBuffer()), 'xl/charts/chart1.xml');
    expect([
      attr(kolom, 'barDir'),
      all(kolom, 'overlap'),
      attr(one(kolom, 'catAx'), 'axPos'),
      attr(one(kolom, 'catAx'), 'tickLblPos'),
    ]).toEqual(['col', [], 'b', 'nextTo']);
  });
});

const ANALYST_ANCHOR =
  '<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>60</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>75</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="7" name="Mijn grafiek"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdMijn"/>' +
  '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';
const ANALYST_CHART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>';

/** The analyst's chart added to the sheet's drawing (first, as Excel keeps the order of making), with its relationship and part. */
async function addAnalystChart(parts: Parts, drawing: string): Promise<Buffer> {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  for (const [p, content] of parts) zip.file(p, content);
  const xml = parts.get(drawing)!.toString('utf8');
  const open = xml.indexOf('>', xml.indexOf('<xdr:wsDr')) + 1;
  zip.file(drawing, xml.slice(0, open) + ANALYST_ANCHOR + xml.slice(open));
  const rels = drawing.replace(/([^/]+)$/, '_rels/$1.rels');
  const relsXml = parts.get(rels)!.toString('utf8');
  zip.file(
    rels,
    relsXml.replace(
      '</Relationships>',
      '<Relationship Id="rIdMijn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart99.xml"/></Relationships>',
    ),
  );
  zip.file('xl/charts/chart99.xml', ANALYST_CHART);
  const types = parts.get('[Content_Types].xml')!.toString('utf8');
  zip.file(
    '[Content_Types].xml',
    types.replace('</Types>', `<Override PartName="/xl/charts/chart99.xml" ContentType="${CHART_TYPE}"/></Types>`),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe("the worksheet's reference to its drawing", () => {
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

  it("goes where ECMA-376 orders it: after the page setup, before the comments' legacy drawing and the tables, in the sheet's own prefix", () => {
    const sheet = `<x:worksheet xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheetData/><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><x:legacyDrawing rel:id="rId5"/><x:tableParts count="0"/></x:worksheet>`;
    const met = withDrawing(sheet, 'xl/worksheets/sheet1.xml', 'rId6');
    expect(met).toBe(sheet.replace('<x:legacyDrawing', `<x:drawing xmlns:r="${REL}" r:id="rId6"/><x:legacyDrawing`));
    expect(sheetDrawing(met, 'xl/worksheets/sheet1.xml').relId).toBe('rId6');
    expect(sheetDrawing(sheet, 'xl/worksheets/sheet1.xml').relId).toBeUndefined();
  });

  it('is found whatever prefix its relationship attribute has, and goes before the end tag when nothing follows it', () => {
    const sheet = `<worksheet xmlns="${MAIN}" xmlns:rel="${REL}"><sheetData/><drawing rel:id="rId2"/></worksheet>`;
    expect(sheetDrawing(sheet, 'xl/worksheets/sheet1.xml').relId).toBe('rId2');
    const zonder = `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
    expect(withDrawing(zonder, 'p', 'rId1')).toBe(
      `<worksheet xmlns="${MAIN}"><sheetData/><drawing xmlns:r="${REL}" r:id="rId1"/></worksheet>`,
    );
  });
});
