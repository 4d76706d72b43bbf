/** The figures of `floatModel` and of the other benchmark models, in its shape: per `periode|pijler` and per opgave row. */
export interface Figures {
  pillars: Map<string, number[]>;
  rows: number[][];
}

const close = (a: number, b: number, relative: number) => Math.abs(a - b) <= relative * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Throws unless `actual` holds the same pillars and rows as `expected`, each figure within a
 * relative `relative` (of the figure, or of 1 near zero): two models timed side by side must
 * compute the same thing.
 */
export function assertSameFigures(actual: Figures, expected: Figures, relative = 1e-9): void {
  const differ = (what: string, a: number[], b: number[] | undefined) => {
    if (!b || a.length !== b.length || a.some((x, i) => !close(x, b[i], relative)))
      throw new Error(`figures differ at ${what}: ${a} vs ${b}`);
  };
  if (actual.pillars.size !== expected.pillars.size) throw new Error(`${actual.pillars.size} pillars, expected ${expected.pillars.size}`);
  for (const [key, figures] of expected.pillars) differ(key, figures, actual.pillars.get(key));
  if (actual.rows.length !== expected.rows.length) throw new Error(`${actual.rows.length} rows, expected ${expected.rows.length}`);
  expected.rows.forEach((row, i) => differ(`row ${i}`, row, actual.rows[i]));
}
