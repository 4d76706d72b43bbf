import { plainRows, toInvoer } from '../test/support/data';
import { extrapolate, formulaModelMs, formulaTimings, HF_CONFIG } from '../test/support/formulaModel';
import { berekenMetKolommen } from './engine';
import type { GoalResult } from './goals';
import { median } from './median';

const SIZES = [1_000, 10_000];
const GOAL_ROWS = 200_000;
const GOAL_FACTOR = 10;

const rows = (n: number) => n.toLocaleString('nl-NL');
const minutes = (ms: number) => (ms >= 120_000 ? `${(ms / 60_000).toFixed(0)} min` : `${(ms / 1000).toFixed(0)} s`);

/**
 * The analyst's formulas in HyperFormula (formulaSheets): the timings of this process (those of
 * the engine table, if it ran) completed up to 10k rows, as a table with the engine beside it,
 * and extrapolated to 200k rows, where HyperFormula is not run (it would take far longer than
 * 5 minutes). Goal: the engine at least 10× faster than the formula engine at 200k rows,
 * judged on the linear extrapolation — the lower bound. `engineMs200k`: the engine's time at
 * 200k rows if measured already (else measured here, median of 3).
 */
export async function benchFormulaModel(engineMs200k?: number): Promise<GoalResult[]> {
  console.log(
    '\nThe same figures as spreadsheet formulas in HyperFormula 3.5: SUMIFS per onderdeel and gebied, per pijler; lookups per row',
  );
  console.log(`(figures checked against the float model; config ${JSON.stringify({ ...HF_CONFIG, licenseKey: undefined })})\n`);
  console.log(['rows', 'engine ms', 'HyperFormula ms', 'HF/engine'].map((h) => h.padStart(17)).join(''));
  for (const n of SIZES) if (!formulaTimings.has(n)) formulaModelMs(n);
  for (const [n, ms] of [...formulaTimings].sort(([a], [b]) => a - b)) {
    const invoer = toInvoer(plainRows(n));
    const engine = median(5, () => berekenMetKolommen(invoer));
    console.log([rows(n), engine.toFixed(1), ms.toFixed(0), `${(ms / engine).toFixed(0)}×`].map((c) => c.padStart(17)).join(''));
  }
  const { grown, linear, exponent, from } = extrapolate(GOAL_ROWS)!;
  const largest = from[from.length - 1];
  const growth = `≈ ${minutes(grown)} by the growth from ${from.map(rows).join(' to ')} rows (time ∝ rows^${exponent.toFixed(2)})`;
  console.log(`${rows(GOAL_ROWS).padStart(17)}: not run — at least ${minutes(linear)} (linear from ${rows(largest)}), ${growth}`);
  const engine = engineMs200k ?? median(3, () => berekenMetKolommen(toInvoer(plainRows(GOAL_ROWS))));
  const factor = linear / engine;
  return [
    {
      goal: `engine ≥ ${GOAL_FACTOR}× faster than HyperFormula, ${GOAL_ROWS / 1000}k rows`,
      measured: `≥ ${factor.toFixed(0)}×`,
      met: factor >= GOAL_FACTOR,
      reason: `HyperFormula run up to ${rows(largest)} rows (${minutes(formulaTimings.get(largest)!)}); at ${GOAL_ROWS / 1000}k rows ≥ ${minutes(linear)}, ${growth}; engine ${engine.toFixed(0)} ms`,
    },
  ];
}
