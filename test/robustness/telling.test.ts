import { KANS, ondergrens } from './properties/telling';

// Binomial probabilities written out by hand (n choose j · p^j · q^(n−j)), independent of the loop in ondergrens.
const kans = (n: number, p: number, j: number) => {
  let c = 1;
  for (let i = 0; i < j; i++) c = (c * (n - i)) / (i + 1);
  return c * p ** j * (1 - p) ** (n - j);
};
const tot = (n: number, p: number, k: number) => Array.from({ length: k }, (_, j) => kans(n, p, j)).reduce((a, b) => a + b, 0);

describe('ondergrens: the least share of runs that must reach a property’s assertion', () => {
  it('five runs measured at 90%: P(X ≤ 1) = 0,00046 ≤ 0,001 < P(X ≤ 2) = 0,0086, so at least 2 of 5', () => {
    expect(tot(5, 0.9, 2)).toBeCloseTo(0.00046, 5);
    expect(tot(5, 0.9, 3)).toBeCloseTo(0.00856, 5);
    expect(ondergrens(0.9, 5)).toBe(2 / 5);
  });

  it('for any number of runs and share, k/runs with P(X < k) ≤ KANS < P(X < k + 1)', () => {
    for (const n of [1, 2, 5, 12, 20, 60, 80, 300])
      for (const p of [0.05, 0.22, 0.45, 0.75, 0.9, 0.95]) {
        const k = Math.round(ondergrens(p, n) * n);
        expect(tot(n, p, k)).toBeLessThanOrEqual(KANS);
        if (k < n) expect(tot(n, p, k + 1)).toBeGreaterThan(KANS);
      }
  });

  it('refuses a property that returns early on most runs: 80 runs measured at 45% need at least a fifth', () => {
    expect(ondergrens(0.45, 80)).toBeGreaterThan(0.2);
    expect(ondergrens(0, 80)).toBe(0);
    expect(ondergrens(1, 80)).toBe(1);
  });
});
