import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FakeExcel } from '../../../src/dev/fakeExcel';
import { fileFor } from '../../../src/dev/demo/serve';
import { inSelection, parseSelection, viewSheet } from '../../../src/dev/demo/sheetModel';
import { typedEntry } from '../../../src/dev/demo/typedEntry';
import { viewActions } from '../../../src/dev/demo/viewActions';

describe('typedEntry: what an analyst types, as Dutch Excel takes it', () => {
  it.each([
    ['445', 445],
    ['1.735', 1735],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['1234,5', 1234.5],
    ['-12,5', -12.5],
    ['75%', 0.75],
    ['12,5%', 0.125],
    [' 445 ', 445],
    ['n.b.', "'n.b."],
    ['<img src=x onerror=alert(1)>', "'<img src=x onerror=alert(1)>"],
    ['1,234.5', "'1,234.5"],
    ['TRUE', "'TRUE"],
    ["'445", "'445"],
    ['=D4*2', '=D4*2'],
    ['#N/A', '#N/A'],
    ['#N/B', '#N/A'], // as Dutch Excel names it, and as the grid and the formula bar show it
    ['#naam?', '#NAME?'],
    ['', ''],
  ])('%p → %p', (typed, entry) => {
    expect(typedEntry(typed)).toEqual(entry);
  });

  it('through the in-memory Excel: numbers become numbers, the rest text as typed', async () => {
    const excel = new FakeExcel({ Opgave: { values: [[null]] } });
    const { type } = viewActions(excel.run);
    await type('Opgave', 'D5', '1.735');
    await type('Opgave', 'D6', 'n.b.');
    await type('Opgave', 'D7', '#N/A');
    expect([excel.cell('Opgave', 'D5').value, excel.cell('Opgave', 'D6').value, excel.cell('Opgave', 'D7').value]).toEqual([
      1735,
      'n.b.',
      { error: '#N/A' },
    ]);
  });
});

describe('the sheet view', () => {
  it('shows cells by their number format, the formula bar the full value, and a margin to type in', () => {
    const excel = new FakeExcel({
      Blad: {
        values: [
          ['Titel die doorloopt', null, null],
          [1358.75, 0.75, 'x'],
        ],
        numberFormats: [
          [null, null, null],
          ['#,##0.0', '0%', null],
        ],
        bold: [[true, false, false]],
      },
    });
    const sheet = viewSheet(excel, 'Blad');
    expect([sheet.rows.length, sheet.columns.length]).toEqual([30, 10]);
    expect(sheet.rows[1].slice(0, 3).map((c) => [c.address, c.shown, c.entry, c.numeric])).toEqual([
      ['A2', '1.358,8', '1358,75', true],
      ['B2', '75%', '0,75', true],
      ['C2', 'x', 'x', false],
    ]);
    expect([sheet.rows[0][0].bold, sheet.rows[0][0].spills, sheet.rows[1][2].spills, sheet.rows[1][0].spills]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it.each([
    ['Opgave!E7', { sheet: 'Opgave', cell: 'E7' }],
    ["'NPLV Totaalbeeld'!A1:B2", { sheet: 'NPLV Totaalbeeld', cell: 'A1' }],
    ["'Jan''s blad'!C3", { sheet: "Jan's blad", cell: 'C3' }],
    ['NPLV Totaalbeeld!B4', { sheet: 'NPLV Totaalbeeld', cell: 'B4' }],
    ['E7', undefined],
    [undefined, undefined],
  ])('selection %p → %p', (selection, parsed) => {
    expect(parseSelection(selection)).toEqual(parsed);
  });

  it.each<[string | undefined, string, string[], string[]]>([
    ["'NPLV Gevoeligheid'!A8:T8", 'NPLV Gevoeligheid', ['A8', 'K8', 'T8'], ['A7', 'U8', 'A9']],
    ['Opgave!E7', 'opgave', ['E7'], ['E8', 'D7']],
    ['Opgave!C5:B3', 'Opgave', ['B3', 'C5', 'B4'], ['A3', 'D5']],
    ['Opgave!E7', 'Dekking', [], ['E7']],
    [undefined, 'Opgave', [], ['A1']],
  ])('%p on sheet %p: in it %p, not %p', (selection, sheet, binnen, buiten) => {
    const erin = inSelection(selection, sheet);
    expect([...binnen, ...buiten].map(erin)).toEqual([...binnen.map(() => true), ...buiten.map(() => false)]);
  });
});

describe('the demo server serves the build folder and nothing outside it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nplv-serve-'));
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'demo.html'), '<p>demo</p>');
  writeFileSync(join(dir, 'dist', 'assets', 'icon.png'), '');
  writeFileSync(join(dir, 'geheim.txt'), 'niet voor de browser');
  const root = join(dir, 'dist');

  it.each([
    ['/demo.html', join(root, 'demo.html')],
    ['/', join(root, 'demo.html')],
    ['/assets/icon.png?v=1', join(root, 'assets', 'icon.png')],
    ['/../geheim.txt', undefined],
    ['/%2e%2e/geheim.txt', undefined],
    ['/assets/..%2f..%2fgeheim.txt', undefined],
    ['/assets', undefined],
    ['/bestaat-niet.js', undefined],
    ['/%E0%A4%A', undefined],
  ])('%p → %p', (url, file) => {
    expect(fileFor(root, url)).toBe(file);
  });
});

describe('the sheet view of an outline (issue 16)', () => {
  it('leaves out the rows of a collapsed group, puts its button on the summary row above, and shows them when opened', async () => {
    const excel = new FakeExcel({
      Blad: {
        values: [['Totaal'], ['a'], ['b'], ['Ander']],
        looks: [[{ fill: '#D9E1F2', border: true }]],
        rowGroups: [{ top: 2, bottom: 3 }],
      },
    });
    const dicht = viewSheet(excel, 'Blad');
    expect(dicht.rowNumbers.slice(0, 3)).toEqual([1, 4, 5]);
    expect(dicht.groups).toEqual([{ summary: 1, top: 2, bottom: 3, expanded: false }]);
    expect([dicht.rows[0][0].fill, dicht.rows[0][0].border, dicht.rows[1][0].border]).toEqual(['#D9E1F2', true, false]);
    await viewActions(excel.run).toggleGroup('Blad', 2, 3, true);
    const open = viewSheet(excel, 'Blad');
    expect([open.rowNumbers.slice(0, 4), open.groups[0].expanded]).toEqual([[1, 2, 3, 4], true]);
  });
});
