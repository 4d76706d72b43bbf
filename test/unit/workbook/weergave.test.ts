import { kiesWeergave, onthoudenWeergave } from '../../../src/workbook/totaalbeeld/weergaveKeuze';
import { leesSchaal, leesWeergaveTekst, weergaveNotatie, weergaveTekst } from '../../../src/workbook/totaalbeeld/weergave';
import type { SheetGrid } from '../../../src/workbook/port';

describe('the display setting (issue 16)', () => {
  it.each([
    ['mln', 'mln', 1, '#,##0.0'],
    ['mln', 'mld', 2, '#,##0.00,'],
    ['mln', 'mld', 0, '#,##0,'],
    ['duizend', 'mln', 1, '#,##0.0,'],
    ['euro', 'mld', 2, '#,##0.00,,,'],
    ['euro', 'euro', 6, '#,##0.000000'],
  ] as const)('a workbook in %p shown in %p with %p decimals: %p', (werkmap, eenheid, decimalen, notatie) => {
    expect(weergaveNotatie(werkmap, { eenheid, decimalen })).toBe(notatie);
  });

  it('has no number format for a unit smaller than the workbook’s', () => {
    expect(weergaveNotatie('mld', { eenheid: 'mln', decimalen: 1 })).toBeUndefined();
  });

  it.each([
    ['mln', 1, 'mln euro'],
    ['mld', 2, 'mld euro'],
    ['mld', 3, 'mld euro, 3 decimalen'],
    ['mld', 1, 'mld euro, 1 decimaal'],
    ['mln', 0, 'mln euro, 0 decimalen'],
    ['euro', 0, 'euro'],
  ] as const)('the unit line of %p with %p decimals: Bedragen in %p, read back as the same setting', (eenheid, decimalen, tekst) => {
    expect(weergaveTekst({ eenheid, decimalen })).toBe(tekst);
    expect(leesWeergaveTekst(`Bedragen in ${tekst}`)).toEqual({ eenheid, decimalen });
  });

  it('reads no setting from a line that is not the add-in’s, or from a very long one fast', () => {
    expect(leesWeergaveTekst('Bedragen in mln euro, 9 decimalen')).toBeUndefined();
    expect(leesWeergaveTekst('Bedragen in guldens')).toBeUndefined();
    const lang = `Bedragen in mln euro${' '.repeat(30000)}x`;
    const begin = Date.now();
    expect(leesWeergaveTekst(lang)).toBeUndefined();
    expect(Date.now() - begin).toBeLessThan(100);
  });

  // An earlier Totaalbeeld: title, unit line, a table heading, a row with a percentage first and an amount in the given format.
  const totaalbeeld = (regel: string, notatie: string): SheetGrid => {
    const values = [['NPLV Totaalbeeld — …'], [regel], ['tot 2030', 'Opgave'], ['Nieuwbouw', 0.5, 3050]];
    const numberFormats = [['General'], ['General'], ['General', 'General'], ['General', '0%', notatie]];
    return { name: 'NPLV Totaalbeeld', top: 1, left: 1, values, formulas: values.map((r) => r.map(() => null)), numberFormats };
  };

  it('remembers the line of an earlier Totaalbeeld when its amounts were kept in the workbook’s unit now (its format’s scaling tells)', () => {
    expect(onthoudenWeergave(totaalbeeld('Bedragen in mld euro', '#,##0.00,'), 'mln')).toEqual({ eenheid: 'mld', decimalen: 2 });
    expect(onthoudenWeergave(totaalbeeld('Bedragen in mld euro, 3 decimalen', '#,##0.000,,,'), 'euro')).toEqual({
      eenheid: 'mld',
      decimalen: 3,
    });
    expect(onthoudenWeergave(totaalbeeld('Bedragen in mln euro', '#,##0.0'), 'mln')).toEqual({ eenheid: 'mln', decimalen: 1 });
    // The workbook's unit changed since: mln then (mld shown with one comma), euro now; a default line of mln, euro now.
    expect(onthoudenWeergave(totaalbeeld('Bedragen in mld euro', '#,##0.00,'), 'euro')).toBeUndefined();
    expect(onthoudenWeergave(totaalbeeld('Bedragen in mln euro', '#,##0.0'), 'euro')).toBeUndefined();
    expect(onthoudenWeergave(undefined, 'mln')).toBeUndefined();
  });

  it('chooses: the request field by field, else the remembered setting (its decimals with its unit only), else the default', () => {
    expect(kiesWeergave('mln').weergave).toEqual({ eenheid: 'mln', decimalen: 1 });
    expect(kiesWeergave('euro').weergave).toEqual({ eenheid: 'euro', decimalen: 0 });
    const onthouden = { eenheid: 'mld' as const, decimalen: 3 };
    expect(kiesWeergave('mln', {}, onthouden).weergave).toEqual(onthouden);
    expect(kiesWeergave('mln', { decimalen: 2 }, onthouden).weergave).toEqual({ eenheid: 'mld', decimalen: 2 });
    expect(kiesWeergave('mln', { eenheid: 'mln' }, onthouden).weergave).toEqual({ eenheid: 'mln', decimalen: 1 });
    expect(() => kiesWeergave('mln', { decimalen: 7 })).toThrow(RangeError);
    expect(() => kiesWeergave('mln', { decimalen: 1.5 })).toThrow(RangeError);
  });

  it('takes a unit by its word as the workbook states units', () => {
    expect(['mln', 'MLD', 'euro', 'duizend', 'miljard', 'x € 1 mln', 'k€', '€'].map(leesSchaal)).toEqual([
      'mln',
      'mld',
      'euro',
      'duizend',
      'mld',
      'mln',
      'duizend',
      'euro',
    ]);
    expect(['gulden', 'mln en mld', ''].map(leesSchaal)).toEqual([undefined, undefined, undefined]);
  });
});
