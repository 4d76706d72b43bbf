import { GeenWerkmap } from '../../../src/workbook/adapters/xlsx';
import { editRenderer } from '../../../src/workbook/adapters/xlsx/cellXml';
import { patchSheet } from '../../../src/workbook/adapters/xlsx/patchSheet';
import { scanSheet } from '../../../src/workbook/adapters/xlsx/scanSheet';
import { SheetEdits } from '../../../src/workbook/adapters/xlsx/sheetEdits';
import { Styles } from '../../../src/workbook/adapters/xlsx/parts/styles';
import { boom, orakelCellen } from '../../robustness/xmlOrakel';

/**
 * The package adapter's XML reader and patcher on the cases of issue 13, item 4: what a
 * conforming parser (saxes, the oracle) reads, and Dutch messages naming part, place and line.
 */

const DEEL = 'xl/worksheets/sheet1.xml';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const COMMENTAAR = '<!-- <c r="E2"><v>5400</v></c> -->';
const BLAD =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><dimension ref="A1:E2"/><sheetData>` +
  `<row r="1"><c r="A1" t="inlineStr"><is><t>Onderdeel</t></is></c></row>\n` +
  `<row r="2">${COMMENTAAR}<c r="A2" t="inlineStr"><is><t>Nieuwbouw</t></is></c><c r = "E2"><v>400</v></c><?nplv <c r="F2"><v>1</v></c>?></row>` +
  `</sheetData></worksheet>`;

function schrijf(xml: string, ...blokken: { top: number; left: number; values: (number | string | null)[][] }[]): string {
  const edits = new SheetEdits();
  for (const b of blokken) edits.add(b);
  return patchSheet(xml, edits, editRenderer(new Styles(undefined), ''), DEEL);
}

const fout = (xml: string): string => {
  try {
    scanSheet(xml, [], DEEL);
  } catch (e) {
    if (e instanceof GeenWerkmap) return e.message;
    throw e;
  }
  throw new Error('gelezen');
};

describe('the XML of a worksheet part', () => {
  it('reads the cells a conforming parser reads: none from a comment or a processing instruction, E2 with spaces around =', () => {
    const s = scanSheet(BLAD, [], DEEL);
    const ons = s.rows.map((rij, i) => ({ rij, kolom: s.columns[i], waarde: s.values[i], formule: s.formulas[i], xf: s.xfs[i] }));
    expect(ons).toEqual(orakelCellen(BLAD, []));
    expect(ons.find((c) => c.rij === 2 && c.kolom === 5)?.waarde).toBe(400);
  });

  it('reads a cell whose only child is its value as the oracle does, written plainly or not, and the cells after it', () => {
    const cellen = [
      '<c r="A1"><v>1.5</v></c>',
      '<c r="B1" t="str"><v>a&amp;b</v></c>',
      '<c r="C1"><v>2</v> </c>',
      '<c r="D1"><v >3</v></c>',
      '<c r="E1"><v>4</v ></c>',
      '<c r="F1" t="str"><v></v></c>',
      '<c r="G1"><v>5</v><f>A1</f></c>',
      '<c r="H1" t="str"><v>x&#10;y</v></c>',
      '<c r="I1"><v>6</v></c >',
      '<c r="J1" t="str"><v>é ≥ 1</v></c>',
    ];
    const xml = `<worksheet ${NS}><sheetData><row r="1">${cellen.join('')}</row><row r="2"><c r="A2"><v>7</v></c></row></sheetData></worksheet>`;
    const s = scanSheet(xml, [], DEEL);
    const ons = s.rows.map((rij, i) => ({ rij, kolom: s.columns[i], waarde: s.values[i], formule: s.formulas[i], xf: s.xfs[i] }));
    expect(ons).toEqual(orakelCellen(xml, []));
    expect(ons.map((c) => c.waarde)).toEqual([1.5, 'a&b', 2, 3, 4, '', 5, 'x\ny', 6, 'é ≥ 1', 7]);
  });

  it('refuses a cell whose value is followed by another end tag than its own', () => {
    expect(fout(`<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>`)).toMatch(
      /sluit <c> \(regel 1\) niet af: er staat <\/row>/,
    );
  });

  it('writes cells next to a comment and a cell written r = "E2": well-formed, each cell once, where it belongs, the comment untouched', () => {
    const uit = schrijf(
      BLAD,
      { top: 2, left: 5, values: [[7, 'acht']] },
      { top: 2, left: 2, values: [[2]] },
      { top: 4, left: 1, values: [[9]] },
    );
    expect(() => boom(uit)).not.toThrow();
    expect(uit).toContain(COMMENTAAR);
    expect(uit).toContain('<?nplv <c r="F2"><v>1</v></c>?>');
    const cellen = orakelCellen(uit, []).map((c) => [c.rij, c.kolom, c.waarde]);
    expect(cellen).toEqual([
      [1, 1, 'Onderdeel'],
      [2, 1, 'Nieuwbouw'],
      [2, 2, 2],
      [2, 5, 7],
      [2, 6, 'acht'],
      [4, 1, 9],
    ]);
    expect(uit).toContain('<dimension ref="A1:F4"/>');
  });

  it('keeps a cell written r = "E2" as written when another cell of its row is written', () => {
    const uit = schrijf(BLAD, { top: 2, left: 3, values: [[3]] });
    expect(uit).toContain('<c r = "E2"><v>400</v></c>');
    expect(
      orakelCellen(uit, [])
        .filter((c) => c.rij === 2)
        .map((c) => [c.kolom, c.waarde]),
    ).toEqual([
      [1, 'Nieuwbouw'],
      [3, 3],
      [5, 400],
    ]);
  });

  it.each([
    ['<v>0x1A</v>', 'is <v>0x1A</v> van cel E2 geen getal (xsd:double, zoals 1.5 of -2E3) (regel 3)'],
    ['<v>1,5</v>', 'is <v>1,5</v> van cel E2 geen getal (xsd:double, zoals 1.5 of -2E3) (regel 3)'],
    ['<v>1e999</v>', 'is <v>1e999</v> van cel E2 geen getal (xsd:double, zoals 1.5 of -2E3) (regel 3)'],
    ['<v>INF</v>', 'is <v>INF</v> van cel E2 geen getal (xsd:double, zoals 1.5 of -2E3) (regel 3)'],
    ['<v>&#x31;&amp;</v>', 'is <v>1&</v> van cel E2 geen getal (xsd:double, zoals 1.5 of -2E3) (regel 3)'],
    ['<v>&x;</v>', 'staat de entiteit &x; is onbekend'],
  ])('a number %s is a damaged part naming the part, the cell and the line', (v, wat) => {
    expect(fout(BLAD.replace('<v>400</v>', v))).toContain(`het bestand is beschadigd: in ${DEEL} ${wat}`);
  });

  it.each([
    ['a cell without its end tag', BLAD.replace('<v>400</v></c>', '<v>400</v>'), 'sluit <c> (regel 3) niet af: er staat </row> (regel 3)'],
    ['a part cut short', BLAD.slice(0, BLAD.indexOf('Nieuwbouw')), 'sluit <t> niet af: het deel houdt op (regel 3)'],
    [
      'a DTD',
      BLAD.replace('?>\n', '?>\n<!DOCTYPE worksheet>'),
      'staat een DTD (<!DOCTYPE>), die een werkmap niet heeft en nplv niet leest (regel 2)',
    ],
    ['an attribute twice', BLAD.replace('<c r = "E2">', '<c r="E2" r="F2">'), 'staat attribuut r twee keer in één tag (regel 3)'],
    [
      'a row beyond Excel',
      BLAD.replace('<row r="2">', '<row r="1048577">'),
      'is rij r="1048577" geen rijnummer van 1 tot 1.048.576 (regel 3)',
    ],
    ['a negative row', BLAD.replace('<row r="2">', '<row r="-2">'), 'is rij r="-2" geen rijnummer van 1 tot 1.048.576 (regel 3)'],
    [
      'a column beyond Excel',
      BLAD.replace('<c r = "E2">', '<c r="XFE2">'),
      'ligt cel r="XFE2" buiten het werkblad van Excel (A1 tot XFD1048576) (regel 3)',
    ],
    ['a reference that is none', BLAD.replace('<c r = "E2">', '<c r="2E">'), 'is r="2E" van een cel geen celverwijzing (regel 3)'],
    [
      'a column range outside Excel',
      BLAD.replace('<sheetData>', '<cols><col min="-50000000" max="2"/></cols><sheetData>'),
      'is <col min="-50000000" max="2"> geen reeks kolommen van 1 tot 16384 (regel 2)',
    ],
    ['text after the root', BLAD + 'x', 'staat tekst na het hoofdelement (regel 3)'],
    ['an unknown type', BLAD.replace('<c r = "E2">', '<c r="E2" t="q">'), 'is het type t="q" van cel E2 onbekend (regel 3)'],
    ['a text that is no XML', 'Opgave;Nieuwbouw;400', 'is geen XML: er staat tekst vóór het eerste element (regel 1)'],
    ['an empty part', '', 'staat geen XML-element (het deel is leeg, afgebroken of geen XML) (regel 1)'],
  ])('%s is a damaged part naming the part, what is wrong and the line', (_, xml, wat) => {
    expect(fout(xml)).toBe(`het bestand is beschadigd: in ${DEEL} ${wat}; haal het opnieuw op, of open het in Excel en sla het opnieuw op`);
  });
});
