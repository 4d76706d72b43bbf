import { EENHEDEN, leesEenheid } from '../../../src/workbook/read/eenheid';

describe('a unit as a workbook writes it', () => {
  it.each([
    ['mln', 'mln'],
    ['mln €', 'mln'],
    ['mln euro', 'mln'],
    ['€ mln', 'mln'],
    ['x € 1 mln', 'mln'],
    ['× € 1 mln', 'mln'],
    ['€ x 1 mln', 'mln'],
    ['miljoen', 'mln'],
    ['miljoenen euro’s', 'mln'],
    ['Mln. EUR', 'mln'],
    ['M€', 'mln'],
    ['x € 1.000.000', 'mln'],
    ['in mln euro', 'mln'],
    ['€', 'euro'],
    ['euro', 'euro'],
    ['EUR', 'euro'],
    ["euro's", 'euro'],
    ['x € 1', 'euro'],
    ['x € 1.000', 'duizend'],
    ['x 1000', 'duizend'],
    ['x 1 000', 'duizend'],
    ['duizend', 'duizend'],
    ['duizenden euro', 'duizend'],
    ['k€', 'duizend'],
    ['kEUR', 'duizend'],
    ['€ 1.000', 'duizend'],
    ['euro (x 1.000)', 'duizend'],
    ['mld', 'mld'],
    ['miljard euro', 'mld'],
    ['x € 1 mld', 'mld'],
    ['x € 1.000.000.000', 'mld'],
    ['mln euro, prijspeil 2026', 'mln'],
    ['mln euro.', 'mln'],
  ])('%s is %s', (tekst, schaal) => {
    expect(leesEenheid(tekst)).toBe(schaal);
  });

  it.each(['raming', '2026', 'excl. btw', '%', 'jjjj', 'k', 'm', '1000', ''])('%s is no unit', (tekst) => {
    expect(leesEenheid(tekst)).toBeUndefined();
  });

  it.each(['x € 10.000', 'bln €', 'mln euro, euro x 1.000', 'mln of mld', 'mln € 2026', 'dollar €'])(
    '%s speaks of a unit it cannot read',
    (tekst) => {
      expect(leesEenheid(tekst)).toBe('onleesbaar');
    },
  );

  it('names each unit and gives its number format: euro and thousands whole, mln one decimal, mld two', () => {
    expect(Object.values(EENHEDEN).map((e) => [e.tekst, e.getalnotatie])).toEqual([
      ['euro', '#,##0'],
      ['duizend euro', '#,##0'],
      ['mln euro', '#,##0.0'],
      ['mld euro', '#,##0.00'],
    ]);
  });
});
