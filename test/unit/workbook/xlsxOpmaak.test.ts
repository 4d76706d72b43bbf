import JSZip from 'jszip';
import { newXlsxPackage, readXlsxPackage } from '../../../src/workbook/node';

/**
 * Issue 16 in the package writer's XML: widths in `<cols>`, the row outline in `<row>`,
 * `<sheetFormatPr>` and `<sheetPr>`, each where CT_Worksheet (ECMA-376 part 1, 18.3.1.99) puts
 * it — Excel refuses a sheet whose elements stand out of that order.
 */
const ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

// The names of the worksheet's children, in order (a plain scan: the sheets here hold no comments or CDATA).
function children(xml: string): string[] {
  const body = xml.slice(xml.indexOf('>', xml.indexOf('<worksheet')) + 1, xml.lastIndexOf('</worksheet>'));
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) names.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return names;
}

const inOrder = (names: string[]) => names.every((n, i) => i === 0 || ORDER.indexOf(names[i - 1]) < ORDER.indexOf(n));

const sheetXml = async (bytes: Buffer, part = 'xl/worksheets/sheet1.xml') => (await JSZip.loadAsync(bytes)).file(part)!.async('string');

// A sheet as another program wrote it: sheetPr with a tab colour and page set-up, row 2 in an old outline, a <col> over A–J with a style.
async function anderBestand(): Promise<Buffer> {
  const werkmap = await newXlsxPackage([
    {
      name: 'Blad',
      values: [
        ['Kop', 'Bedrag'],
        ['a', 1],
        ['b', 2],
        ['c', 3],
        ['d', 4],
      ],
      bold: [[true, true]],
    },
  ]);
  const zip = await JSZip.loadAsync(await werkmap.toBuffer());
  const xml = (await zip.file('xl/worksheets/sheet1.xml')!.async('string'))
    .replace('<dimension', '<sheetPr><tabColor rgb="FFFF0000"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension')
    .replace(
      '<sheetFormatPr defaultRowHeight="15"/>',
      '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="10" width="12" style="0" customWidth="1"/></cols>',
    )
    .replace('<row r="2">', '<row r="2" outlineLevel="1" hidden="1">');
  zip.file('xl/worksheets/sheet1.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('the package writer puts widths and the row outline where Excel looks for them', () => {
  it('patches a sheet: a <col> split around the widened column, the outline in its rows, outlinePr after tabColor, in schema order', async () => {
    const werkmap = await readXlsxPackage(await anderBestand());
    const [before] = await werkmap.port.readSheets(['Blad']);
    expect(before.rowGroups).toEqual([{ top: 2, bottom: 2 }]);
    await werkmap.port.apply({
      sheets: [],
      writes: [{ sheet: 'Blad', top: 1, left: 3, values: [['Nieuw']], formatFrom: { row: 1, column: 2 } }],
      columnWidths: [{ sheet: 'Blad', column: 3, width: 20 }],
      rowGroups: [{ sheet: 'Blad', groups: [{ top: 3, bottom: 5 }] }],
      deleteSheets: [],
    });
    const xml = await sheetXml(await werkmap.toBuffer());
    expect(children(xml)).toEqual(['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'pageMargins']);
    expect(inOrder(children(xml))).toBe(true);
    expect(xml).toContain('<sheetPr><tabColor rgb="FFFF0000"/><outlinePr summaryBelow="0"/><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<sheetFormatPr defaultRowHeight="15" outlineLevelRow="1"/>');
    expect(xml).toContain(
      '<cols><col min="1" max="2" width="12" style="0" customWidth="1"/><col min="3" max="3" style="0" width="20" customWidth="1"/><col min="4" max="10" width="12" style="0" customWidth="1"/></cols>',
    );
    expect(xml).toMatch(/<row r="2">/); // out of the outline: shown again
    for (const r of [3, 4, 5]) expect(xml).toMatch(new RegExp(`<row r="${r}" outlineLevel="1" hidden="1">`));
    // C1 the style of B1 (bold).
    const s = (cell: string) => new RegExp(`<c r="${cell}"(?: s="(\\d+)")?`).exec(xml)?.[1];
    expect(s('C1')).toBe(s('B1'));
    const [after] = await (await readXlsxPackage(await werkmap.toBuffer())).port.readSheets(['Blad']);
    expect([after.rowGroups, after.columnWidths, after.bold?.[0]]).toEqual([[{ top: 3, bottom: 5 }], [12, 12, 20], [true, true, true]]);
  });

  it('gives a sheet it makes its outline, in schema order; an outline taken away leaves no trace of it', async () => {
    const werkmap = await newXlsxPackage([
      { name: 'Blad', values: [['a'], ['b'], ['c']], rowGroups: [{ top: 2, bottom: 3, collapsed: false }] },
    ]);
    const xml = await sheetXml(await werkmap.toBuffer());
    expect(inOrder(children(xml))).toBe(true);
    expect(children(xml).slice(0, 4)).toEqual(['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr']);
    expect(xml).toContain('<row r="2" outlineLevel="1">');
    await werkmap.port.apply({ sheets: [], writes: [], rowGroups: [{ sheet: 'Blad', groups: [] }], deleteSheets: [] });
    const again = await readXlsxPackage(await werkmap.toBuffer());
    const patched = await sheetXml(await again.toBuffer());
    expect(patched).not.toMatch(/outlineLevel="1"/);
    expect(patched).not.toMatch(/outlineLevelRow/);
    expect((await again.port.readSheets(['Blad']))[0].rowGroups).toEqual([]);
  });
});
