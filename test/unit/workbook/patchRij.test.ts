import type { RenderEdit } from '../../../src/workbook/adapters/xlsx/cellXml';
import { patchedSheet, patchSheet } from '../../../src/workbook/adapters/xlsx/patchSheet';
import { SheetEdits } from '../../../src/workbook/adapters/xlsx/sheetEdits';

/**
 * A row the run writes to (WORKBOOK.md, issue 15): its computed cells go in column order among
 * the cells it keeps, which are copied as written (white space too); its start tag loses
 * `spans` (its cells change) and states its number in `r`, and is otherwise left as written.
 * The sheet made in pieces is the sheet made whole, the dimension grown in the first piece.
 */

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheet = (rows: string, dimension = '') =>
  `<?xml version="1.0"?>\n<worksheet xmlns="${NS}">${dimension}<sheetData>${rows}</sheetData></worksheet>`;
const render: RenderEdit = (row, column, _xf, value) => `<c r="${String.fromCharCode(64 + column)}${row}"><v>${String(value)}</v></c>`;

function edits(...cells: [number, number, number][]): SheetEdits {
  const e = new SheetEdits();
  for (const [top, left, value] of cells) e.add({ top, left, values: [[value]] });
  return e;
}

it.each([
  [
    'spans and other attributes',
    '<row r="2" spans="1:5" x14ac:dyDescent="0.25"><c r="A2"><v>1</v></c></row>',
    '<row r="2" x14ac:dyDescent="0.25"><c r="A2"><v>1</v></c><c r="C2"><v>7</v></c></row>',
  ],
  [
    'single quotes',
    "<row r='2' spans='1:1'><c r='A2'><v>1</v></c></row>",
    "<row r='2'><c r='A2'><v>1</v></c><c r=\"C2\"><v>7</v></c></row>",
  ],
  ['no r', '<row spans="1:1"><c r="A2"><v>1</v></c></row>', '<row r="2"><c r="A2"><v>1</v></c><c r="C2"><v>7</v></c></row>'],
  [
    'white space and a comment among the cells',
    '<row r="2">\n  <c r="A2"><v>1</v></c><!-- x -->\n  <c r="B2"/>\n</row>',
    '<row r="2">\n  <c r="A2"><v>1</v></c><!-- x -->\n  <c r="B2"/><c r="C2"><v>7</v></c>\n</row>',
  ],
  [
    'a cell after the written one',
    '<row r="2"><c r="A2"/><c r="D2"><v>4</v></c></row>',
    '<row r="2"><c r="A2"/><c r="C2"><v>7</v></c><c r="D2"><v>4</v></c></row>',
  ],
  ['a self-closing row', '<row r="2" spans="1:1"/>', '<row r="2"><c r="C2"><v>7</v></c></row>'],
])('a row with %s', (_, row, expected) => {
  const other = '<row r="1"><c r="A1"><v>0</v></c></row>';
  expect(patchSheet(sheet(other + row), edits([2, 3, 7]), render, 'xl/worksheets/sheet1.xml')).toBe(sheet(other + expected));
});

it('the sheet made in pieces is the sheet made whole, whatever the size of the pieces', () => {
  const rows = Array.from({ length: 40 }, (_, i) => `<row r="${i + 1}" spans="1:2"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
  const xml = sheet(rows, '<dimension ref="A1:A40"/>');
  const written = edits([3, 2, 30], [20, 2, 200], [41, 1, 41], [45, 3, 45]);
  const whole = patchSheet(xml, written, render, 'xl/worksheets/sheet1.xml');
  expect(whole).toContain('<dimension ref="A1:C45"/>');
  for (const piece of [1, 50, 400, 10_000]) {
    const pieces = [...patchedSheet(xml, written, render, 'xl/worksheets/sheet1.xml', piece)];
    expect(pieces.join('')).toBe(whole);
    expect(pieces[0]).toContain('<dimension ref="A1:C45"/>');
    if (piece === 1) expect(pieces.length).toBeGreaterThan(1);
  }
});
