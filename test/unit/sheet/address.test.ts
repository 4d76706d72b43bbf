import { a1, columnLetter, columnNumber, isCell, isColumn, isLetterCode, nextColumn, parseA1, parseRef, refText } from '../../../src/sheet';

// Excel's columns run A..Z, AA..ZZ, AAA..XFD (16,384, "Excel specifications and limits"):
// bijective base 26, written down here by hand.
const COLUMNS: [string, number][] = [
  ['A', 1],
  ['B', 2],
  ['Z', 26],
  ['AA', 27],
  ['AB', 28],
  ['AZ', 52],
  ['BA', 53],
  ['ZZ', 702],
  ['AAA', 703],
  ['XFD', 16384],
];

describe('column letters <-> number', () => {
  it.each(COLUMNS)('%s is column %d', (letters, number) => {
    expect(columnNumber(letters)).toBe(number);
    expect(columnNumber(letters.toLowerCase())).toBe(number);
    expect(columnLetter(number)).toBe(letters);
  });

  it('a letter at a time, as a reader reads `r="AB12"` in place: A, then B → 28', () => {
    expect(nextColumn(nextColumn(0, 'A'.charCodeAt(0)), 'b'.charCodeAt(0))).toBe(28);
    expect(['A', 'z', '@', '[', '`', '{', '1'].map((c) => isLetterCode(c.charCodeAt(0)))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('every column of the grid goes there and back', () => {
    for (let n = 1; n <= 16384; n++) if (columnNumber(columnLetter(n)) !== n) throw new Error(`column ${n}`);
  });
});

describe('cells of the grid', () => {
  it.each([
    ['A1', true],
    ['q1', true],
    ['XFD1048576', true],
    ['XFE1', false],
    ['A1048577', false],
    ['AAAA1', false],
    ['A0', false],
    ['A', false],
    ['1', false],
    ['Opgave', false],
  ])('%s is a cell of the grid: %p', (name, cell) => {
    expect(isCell(name)).toBe(cell);
  });

  it.each([
    ['A', true],
    ['xfd', true],
    ['XFE', false],
    ['AAAA', false],
    ['A1', false],
  ])('%s is a column of the grid: %p', (letters, column) => {
    expect(isColumn(letters)).toBe(column);
  });

  it('writes and reads A1 addresses and boxes', () => {
    expect(a1(7, 5)).toBe('E7');
    expect(parseA1('E7')).toEqual({ row: 7, column: 5 });
    expect(parseA1('e7')).toBeUndefined();
    expect(parseRef('$A$1:b2')).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(parseRef('Opgave!A1')).toBeUndefined();
    expect(refText({ top: 3, left: 2, bottom: 3, right: 2 })).toBe('B3');
    expect(refText({ top: 1, left: 1, bottom: 21, right: 6 })).toBe('A1:F21');
  });
});
