import { formatCell } from '../../../src/sheet/formatCell';
import { plaatsVan } from '../../../src/workbook/totaalbeeld/meldingRows';
import { progress } from '../../../src/cli/progress';

describe('formatCell: numbers as Excel shows the formats the add-in writes, in Dutch', () => {
  it.each([
    [1358.75, '#,##0.0', '1.358,8'],
    [3050, '#,##0.0', '3.050,0'],
    [218.4375, '#,##0.0', '218,4'],
    [0.75, '0%', '75%'],
    [0.125, '0.0%', '12,5%'],
    [123456789012.34, '#,##0', '123.456.789.012'],
    ['Fysieke pijler', null, 'Fysieke pijler'],
    [null, '#,##0.0', ''],
    [1234.5678, 'General', '1.234,57'],
    [4, null, '4'],
    [true, 'General', 'WAAR'],
    [false, null, 'ONWAAR'],
    [{ error: '#N/A' }, '#,##0.0', '#N/B'], // Dutch Excel's names of the error values
    [{ error: '#NAME?' }, 'General', '#NAAM?'],
    [{ error: '#DIV/0!' }, 'General', '#DEEL/0!'],
  ] as const)('%p with %p → %p', (value, format, shown) => {
    expect(formatCell(value, format)).toBe(shown);
  });

  // Issue 16: the display formats. Expected texts worked out by hand from the decimal value, as
  // Dutch Excel shows it: each trailing comma divides by 1000; half away from zero.
  it.each([
    [3050, '#,##0.00,', '3,05'], // Tabel 2, Fysieke pijler, opgave tot 2030 in mld
    [2375, '#,##0.00,', '2,38'], // restopgave: 2,375 half away from zero
    [593.75, '#,##0.00,', '0,59'], // per jaar
    [2935, '#,##0.00,', '2,94'],
    [-2375, '#,##0.00,', '-2,38'],
    [2.675, '#,##0.00', '2,68'], // binary toFixed(2) gives 2.67: the double is 2,67499…
    [1.005, '#,##0.00', '1,01'],
    [-2.675, '#,##0.00', '-2,68'],
    [400000, '#,##0.0,', '400,0'], // duizend euro shown in mln
    [1234567, '#,##0.0,', '1.234,6'],
    [400000000, '#,##0.00,,,', '0,40'], // euro shown in mld
    [1234567890123, '#,##0.00,,,', '1.234,57'],
    [3050, '#,##0.000000,', '3,050000'],
    [999.96, '#,##0.0', '1.000,0'], // the carry reaches a new digit
    [0.0004, '#,##0', '0'],
    [-0.04, '#,##0.0', '-0,0'], // Excel keeps the sign of a negative that rounds to zero
    [0.30000000000000004, '#,##0.00', '0,30'], // Excel sees 15 significant digits
    [1e21, '#,##0', '1.000.000.000.000.000.000.000'],
    [1.5e-7, '#,##0.000000,', '0,000000'],
    [0.125, '0%', '13%'],
    [12.5, '0.0,', '0,0'], // no grouping without a comma between digits
  ] as const)('%p with %p → %p', (value, format, shown) => {
    expect(formatCell(value, format)).toBe(shown);
  });
});

describe('progress on stderr', () => {
  it('writes each step with the time since the start when enabled, nothing otherwise', () => {
    const lines: string[] = [];
    const io = { out: () => undefined, err: (t: string) => lines.push(t) };
    progress(io, false)('lezen…');
    expect(lines).toEqual([]);
    const stap = progress(io, true);
    stap('lezen…');
    stap('berekenen…');
    expect(lines).toEqual([expect.stringMatching(/^\[\d+\.\d s\] lezen…$/), expect.stringMatching(/^\[\d+\.\d s\] berekenen…$/)]);
  });
});

describe('places in messages, as Excel writes references', () => {
  it.each([
    ['Opgave', 'E7', 'Opgave!E7'],
    [' opgaven ', 'E8', "' opgaven '!E8"],
    ['Opgave 2026', 'B3', "'Opgave 2026'!B3"],
    ["Rijk's deel", 'A1', "'Rijk''s deel'!A1"],
    ['Dekking', '', 'Dekking'],
  ])('%p %p → %p', (blad, cel, shown) => {
    expect(plaatsVan({ ernst: 'fout', blad, cel, bericht: '' })).toBe(shown);
  });
});
