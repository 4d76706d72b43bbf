import { bladInVerwijzing, bladUitVerwijzing } from '../../../src/sheet';

// How Excel writes a sheet's name in a reference (src/sheet/sheetName.ts gives the sources):
// between apostrophes, an apostrophe inside doubled, when the name has a character other than
// a letter, digit, `_` or `.`, starts with a digit or `.`, is a cell of the grid, starts with
// an R1C1 row or column inside the grid, or is R, C or RC; else bare. Expected by hand.
const NAMES: [string, string][] = [
  // bare: plain names
  ['Opgave', 'Opgave'],
  ['Dekking', 'Dekking'],
  ['Sheet1', 'Sheet1'],
  ['Sheet.1', 'Sheet.1'],
  ['Sheet_1', 'Sheet_1'],
  ['_Sheet1', '_Sheet1'],
  ['École1', 'École1'],
  ['Één', 'Één'],
  // bare: like a cell, but outside the grid; like R1C1, but not a row or column
  ['XFE1', 'XFE1'],
  ['AAAA1', 'AAAA1'],
  ['A1048577', 'A1048577'],
  ['RA', 'RA'],
  ['Rijk', 'Rijk'],
  // quoted: a character that is no letter, digit, _ or .
  ['NPLV Totaalbeeld', "'NPLV Totaalbeeld'"],
  ['Opgave 2026', "'Opgave 2026'"],
  [' opgaven ', "' opgaven '"],
  ['Sheet-1', "'Sheet-1'"],
  ['P&L', "'P&L'"],
  ["Rijk's", "'Rijk''s'"],
  ["Rijk's deel", "'Rijk''s deel'"],
  ["a''b", "'a''''b'"],
  // quoted: starts with a digit or a dot
  ['2024', "'2024'"],
  ['1Sheet1', "'1Sheet1'"],
  ['.Sheet1', "'.Sheet1'"],
  // quoted: a cell of the grid
  ['A1', "'A1'"],
  ['Q1', "'Q1'"],
  ['q1', "'q1'"],
  ['A12000', "'A12000'"],
  ['XFD1048576', "'XFD1048576'"],
  // quoted: R1C1
  ['R', "'R'"],
  ['c', "'c'"],
  ['RC', "'RC'"],
  ['R1C1', "'R1C1'"],
  ['R2x', "'R2x'"],
  ['RC123Test', "'RC123Test'"],
  ['C5', "'C5'"],
];

describe('a sheet name in a reference, as Excel writes it', () => {
  it.each(NAMES)('%p → %p', (naam, geschreven) => {
    expect(bladInVerwijzing(naam)).toBe(geschreven);
  });

  it.each(NAMES)('%p is read back from %p', (naam, geschreven) => {
    expect(bladUitVerwijzing(geschreven)).toBe(naam);
  });
});
