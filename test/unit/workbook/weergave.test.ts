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
    ['mln', 'mln', 1, 'mln euro'],
    ['mln', 'mld', 2, 'mld euro (de cellen bevatten mln euro)'],
    ['mln', 'mld', 3, 'mld euro, 3 decimalen (de cellen bevatten mln euro)'],
    ['mln', 'mln', 0, 'mln euro, 0 decimalen'],
    ['mln', 'mld', 1, 'mld euro, 1 decimaal (de cellen bevatten mln euro)'],
    ['euro', 'euro', 0, 'euro'],
  ] as const)('the unit line of %p in %p with %p decimals: Bedragen in %p, read back as the same setting', (werkmap, eenheid, decimalen, tekst) => {
    expect(weergaveTekst(werkmap, { eenheid, decimalen })).toBe(tekst);
    expect(leesWeergaveTekst(`Bedragen in ${tekst}`, werkmap)).toEqual({ eenheid, decimalen });
  });

  it('forgets a line written for another unit of the workbook, and a line that is not the add-in’s', () => {
    expect(leesWeergaveTekst('Bedragen in mld euro (de cellen bevatten mln euro)', 'euro')).toBeUndefined();
    expect(leesWeergaveTekst('Bedragen in mln euro', 'euro')).toBeUndefined();
    expect(leesWeergaveTekst('Bedragen in mln euro, 9 decimalen', 'mln')).toBeUndefined();
    expect(leesWeergaveTekst('Bedragen in guldens', 'mln')).toBeUndefined();
    const lang = `Bedragen in mln euro${' '.repeat(30000)}x`;
    const begin = Date.now();
    expect(leesWeergaveTekst(lang, 'mln')).toBeUndefined();
    expect(Date.now() - begin).toBeLessThan(100);
  });

  it('reads the line among the first rows of column A of an earlier Totaalbeeld', () => {
    const values = [['NPLV Totaalbeeld — …'], ["Scenario's: geen aan (basis); in de werkmap: AZWA"], ['Bedragen in mld euro (de cellen bevatten mln euro)']];
    const grid: SheetGrid = { name: 'NPLV Totaalbeeld', top: 1, left: 1, values, formulas: values.map(() => [null]), numberFormats: values.map(() => ['General']) };
    expect(onthoudenWeergave(grid, 'mln')).toEqual({ eenheid: 'mld', decimalen: 2 });
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
    expect(['mln', 'MLD', 'euro', 'duizend', 'miljard', 'x € 1 mln', 'k€', '€'].map(leesSchaal)).toEqual(['mln', 'mld', 'euro', 'duizend', 'mld', 'mln', 'duizend', 'euro']);
    expect(['gulden', 'mln en mld', ''].map(leesSchaal)).toEqual([undefined, undefined, undefined]);
  });
});
