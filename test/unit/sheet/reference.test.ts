import { leesCel, leesVerwijzing, parseRef, splitsVerwijzing, verwijzingTekst } from '../../../src/sheet';

describe('a reference with its sheet, read and written as Excel writes it', () => {
  it.each([
    ['Opgave!A1', 'Opgave', 'A1'],
    ["'Blad'!A1:B2", 'Blad', 'A1:B2'],
    ["'It''s'!C3", "It's", 'C3'],
    ["'NPLV Totaalbeeld'!B6:C7", 'NPLV Totaalbeeld', 'B6:C7'],
    ["'2024'!$D$3", '2024', '$D$3'],
    ['Opgave!5:5', 'Opgave', '5:5'],
    ["'a!b'!C3", 'a!b', 'C3'],
  ])('%s is sheet %p, cell %p', (verwijzing, blad, cel) => {
    expect(splitsVerwijzing(verwijzing)).toEqual({ blad, cel });
  });

  it('a reference without a sheet is a cell or range of the sheet at hand, not split', () => {
    expect(splitsVerwijzing('A1:B2')).toBeUndefined();
    expect(parseRef('A1:B2')).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(leesCel('$k$3:M5')).toEqual({ row: 3, column: 11 });
  });

  it.each([
    ['Opgave!K3', { blad: 'Opgave', cel: 'K3' }],
    ['Opgave 2026!B3', { blad: 'Opgave 2026', cel: 'B3' }],
    ["'Opgave 2026'!b3", { blad: 'Opgave 2026', cel: 'b3' }],
    ['Opgave!XYZ', undefined],
    ['!B3', undefined],
    ['B3', undefined],
  ])('as the analyst writes it: %p', (verwijzing, gelezen) => {
    expect(leesVerwijzing(verwijzing)).toEqual(gelezen);
  });

  it.each([
    [{ blad: 'Opgave', cel: 'E7' }, 'Opgave!E7'],
    [{ blad: '2024', cel: 'A1' }, "'2024'!A1"],
    [{ blad: 'Opgave 2026', cel: 'B3' }, "'Opgave 2026'!B3"],
    [{ blad: "Rijk's", cel: 'A1' }, "'Rijk''s'!A1"],
    [{ blad: 'NPLV Totaalbeeld', cel: 'B5:C6' }, "'NPLV Totaalbeeld'!B5:C6"],
  ])('%p is written %p, and read back', (plek, tekst) => {
    expect(verwijzingTekst(plek)).toBe(tekst);
    expect(splitsVerwijzing(tekst)).toEqual(plek);
  });
});
