import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { readXlsxPackage } from '../../../src/workbook/adapters/xlsx';
import { nplv, soffice, tempDir } from '../../unit/cli/run';
import { packageParts, packageProblems } from '../../support/packageParts';

/**
 * Issue 12 on files another program made: `nplv herbereken` writes the Totaalbeeld with its
 * chart (issue 16), the analyst's note and chart are added by hand-written XML (as Excel stores
 * them: a cell, an anchor on the sheet's one drawing with a chart part), and that file saved
 * again by LibreOffice; a second `nplv herbereken` keeps both and replaces only its own chart.
 */
const TB = 'NPLV Totaalbeeld';
const CHART = 'xl/charts/chart9.xml';
const OWN = ['tot 2030', '2030 t/m 2035'].map((p) => `Opgave, dekking en restopgave per pijler, ${p} (mln euro)`);

const ANCHOR_XML =
  '<xdr:twoCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>18</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Mijn grafiek"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
  '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdMijn"/>' +
  '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';

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

const relationship = (id: string, type: string, to: string) =>
  `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${to}"/>`;

// The Totaalbeeld's worksheet part, from the workbook's list of sheets and its relationships.
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target =
    new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(wbRels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(wbRels)![1];
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

// A part's relationships part.
const relsOf = (part: string) => part.replace(/([^/]+)$/, '_rels/$1.rels');

// The target of the relationship `pick` finds in a part's relationships, as a package path.
async function target(zip: JSZip, part: string, pick: RegExp): Promise<string | undefined> {
  const rels = (await zip.file(relsOf(part))?.async('string')) ?? '';
  const t = [...rels.matchAll(/<Relationship [^>]*>/g)]
    .map((m) => m[0])
    .find((r) => pick.test(r))
    ?.match(/Target="([^"]+)"/)?.[1];
  return t && (t.startsWith('/') ? t.slice(1) : join(part, '..', t).replace(/\\/g, '/'));
}

/** The Totaalbeeld's drawing: the one the add-in made for its chart. */
const drawingOf = async (zip: JSZip) => (await target(zip, await sheetPart(zip, TB), /relationships\/drawing"/))!;

/** The analyst's note (M2) and chart (an anchor on the sheet's drawing, before the add-in's, with a chart part) put in the XML by hand. */
async function metNotitieEnGrafiek(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPart(zip, TB);
  let xml = await zip.file(part)!.async('string');
  expect(xml).toMatch(/<drawing [^>]*r:id=/); // the add-in's own chart
  xml = xml.replace(/(<row [^>]*r="2"[^>]*>[\s\S]*?)(<\/row>)/, '$1<c r="M2" t="inlineStr"><is><t>mijn notitie</t></is></c>$2');
  zip.file(part, xml);
  const drawing = await drawingOf(zip);
  const drawingXml = await zip.file(drawing)!.async('string');
  const open = drawingXml.indexOf('>', drawingXml.indexOf('<xdr:wsDr')) + 1;
  zip.file(drawing, drawingXml.slice(0, open) + ANCHOR_XML + drawingXml.slice(open));
  const drawingRels = await zip.file(relsOf(drawing))!.async('string');
  zip.file(
    relsOf(drawing),
    drawingRels.replace('</Relationships>', `${relationship('rIdMijn', 'chart', '../charts/chart9.xml')}</Relationships>`),
  );
  zip.file(CHART, CHART_XML);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
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

// The charts the Totaalbeeld shows: its drawing's anchors in order, each by its chart part's title.
async function grafieken(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const drawing = await drawingOf(zip);
  const xml = await zip.file(drawing)!.async('string');
  const ids = [...xml.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
  const titles = ids.map(async (id) => {
    const chart = await target(zip, drawing, new RegExp(`Id="${id}"`));
    const text = await zip.file(chart!)!.async('string');
    return [...text.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
  });
  return Promise.all(titles);
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

  it("hand-written XML: a second run keeps the note, the analyst's anchor and chart part byte for byte, and replaces its own chart", async () => {
    const tweede = await herbereken(dir, 'met-notitie.xlsx', 'tweede.xlsx');
    const [voor, na] = [await JSZip.loadAsync(eerste), await JSZip.loadAsync(tweede)];
    expect(await na.file(CHART)?.async('nodebuffer')).toEqual(await voor.file(CHART)!.async('nodebuffer'));
    expect(await na.file(await drawingOf(na))!.async('string')).toContain(ANCHOR_XML);
    expect(await grafieken(tweede)).toEqual(['Mijn grafiek', ...OWN]);
    expect(packageProblems(await packageParts(tweede))).toEqual([]);
    const { notitie, lijnen } = await cellen(tweede);
    expect(notitie).toBe('mijn notitie');
    expect(lijnen).toHaveLength(1);
  });

  const metLibreOffice = soffice() || process.env.CI === 'true' ? it : it.skip;
  metLibreOffice(
    "saved again by LibreOffice: a second run keeps the note and the analyst's chart, and replaces its own",
    async () => {
      const lo = join(dir, 'lo');
      execFileSync(
        soffice()!,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${dir}/profiel`,
          '--convert-to',
          'xlsx',
          '--outdir',
          lo,
          join(dir, 'met-notitie.xlsx'),
        ],
        {
          stdio: 'ignore',
          timeout: 120_000,
        },
      );
      const opgeslagen = readFileSync(join(lo, 'met-notitie.xlsx'));
      expect(await grafieken(opgeslagen)).toEqual(['Mijn grafiek', ...OWN]);
      expect((await cellen(opgeslagen)).lijnen).toHaveLength(1); // LibreOffice keeps the line naming the add-in's cells
      const tweede = await herbereken(lo, 'met-notitie.xlsx', 'tweede.xlsx');
      expect(await grafieken(tweede)).toEqual(['Mijn grafiek', ...OWN]); // LibreOffice kept the add-in's frame name: its chart replaced, not doubled
      expect(packageProblems(await packageParts(tweede))).toEqual([]);
      const { notitie, lijnen, titel } = await cellen(tweede);
      expect(notitie).toBe('mijn notitie');
      expect(lijnen).toHaveLength(1); // the run knew its cells from that line: one line, rewritten
      expect(String(titel)).toMatch(/^NPLV Totaalbeeld — berekend /);
    },
    180_000,
  );
});
