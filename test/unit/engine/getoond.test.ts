import { Dec } from '../../../src/engine';
import { toon, toonVerschil } from '../../../src/engine/getoond';

const g = (waarde: string, decimalen?: number) => ({ waarde: new Dec(waarde), decimalen });

describe('toon: a figure in a message as the sheet shows it (issue 12)', () => {
  it.each([
    // A cell `#,##0.0` shows 40,769874 as 40,8.
    [g('40.769874', 1), '40,8'],
    // `0` rounds half away from zero, as Excel shows it: 2.5 → 3.
    [g('2.5', 0), '3'],
    // Trailing zeros are dropped: 600 in `#,##0.0` is written 600, not 600,0.
    [g('600', 1), '600'],
    [g('1358.75', 2), '1.358,75'],
    // No number format (General, a row not read from a sheet): as exact as it is, at most 6 decimals.
    [g('40.769874'), '40,769874'],
    [g('0.12345678'), '0,123457'],
    [g('3050.4'), '3.050,4'],
    [g('0.12345678', 9), '0,123457'],
    // NaN (a workbook in memory can hold it; the random workbooks of test/robustness do): shown, never a throw.
    [g('NaN'), 'NaN'],
  ])('%p → %s', (figuur, tekst) => {
    expect(toon(figuur)).toBe(tekst);
  });
});

describe('toonVerschil: two figures that differ never read as equal', () => {
  it('the README example: 1360 typed (General), 1358,75 computed (#,##0.0) → 1.360, 1.358,8, verschil 1,3', () => {
    // 1360 − 1358.75 = 1.25; to the finer of 0 and 1 decimals: 1,3 (half away from zero).
    expect(toonVerschil(g('1360'), g('1358.75', 1))).toEqual({ a: '1.360', b: '1.358,8', verschil: '1,3' });
  });

  it('figures that would read as equal get the decimals that tell them apart', () => {
    // 1000.52 in `0` shows 1.001; 1001.03 to 1 decimal shows 1.001,0 = 1.001: equal. With 1
    // decimal each: 1.000,5 and 1.001; the difference 0,51 to 1 decimal: 0,5.
    expect(toonVerschil(g('1000.52', 0), g('1001.03', 1))).toEqual({ a: '1.000,5', b: '1.001', verschil: '0,5' });
  });

  it('a difference that would read as 0 gets the decimals that show it', () => {
    // 100.04 and 100 to 1 decimal: 100 and 100, verschil 0. To 2: 100,04 and 100, verschil 0,04.
    expect(toonVerschil(g('100.04', 1), g('100', 1))).toEqual({ a: '100,04', b: '100', verschil: '0,04' });
  });

  it('figures never read in the wrong order', () => {
    // 1000.5 in `0` shows 1.001, 1000.9 to 1 decimal 1.000,9: shown larger though smaller. With 1
    // decimal each: 1.000,5 < 1.000,9, verschil 0,4.
    expect(toonVerschil(g('1000.5', 0), g('1000.9', 1))).toEqual({ a: '1.000,5', b: '1.000,9', verschil: '0,4' });
  });

  it('at most 6 decimals, even when the difference is smaller', () => {
    expect(toonVerschil(g('1.0000001', 0), g('1', 0))).toEqual({ a: '1', b: '1', verschil: '0' });
  });
});
