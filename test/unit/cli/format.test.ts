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
