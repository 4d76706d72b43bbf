import { jaren } from '../../../../src/engine';

/** The years of a periode, both ends included (MODEL.md "Default perioden"). */
describe('jaren(eersteJaar, laatsteJaar) = laatsteJaar − eersteJaar + 1', () => {
  it.each([
    [2026, 2029, 4], // tot 2030
    [2030, 2035, 6], // 2030 t/m 2035
    [2036, 2040, 5],
    [2026, 2026, 1],
  ])('%i–%i: %i jaar', (eerste, laatste, uitkomst) => {
    expect(jaren(eerste, laatste)).toBe(uitkomst);
  });
});
