import { bereken } from '../src/engine';
import { plainRows, toInvoer } from '../test/support/data';
import { floatModel } from './floatModel';
import type { GoalResult } from './goals';
import { withGcShare } from './gcShare';
import { median as time } from './median';

const SIZES = [1_000, 10_000, 100_000, 200_000];
const GOAL_MS = 1000;
const GOAL_RATIO = 5;

/** A third model to compare with: ms for n rows, or undefined when it cannot run at that size. */
export type OtherModel = (n: number) => number | undefined;

const fixed = (x: number | undefined, digits = 0) => (x === undefined ? '—' : x.toFixed(digits));

/**
 * The engine (exact decimals) next to the same algorithm in plain float JS and next to a
 * spreadsheet formula engine, at 1k–200k rows: times, ratios, and how each grows with size
 * (ms per 1k rows). Goals at 200k rows: ≤ 1 s; decimal/float ≤ 5× (the formula engine's goal is
 * judged by formulaBench, which extrapolates it to 200k rows). Returns the engine's 200k time too.
 */
export async function benchEngine(formulaMs: OtherModel): Promise<{ goals: GoalResult[]; engineMs200k: number }> {
  console.log('The engine (exact decimals) next to the same model in plain float JS and in spreadsheet formulas (HyperFormula)');
  console.log(`goals at 200k rows: engine ≤ ${GOAL_MS} ms; decimal/float ≤ ${GOAL_RATIO}× ('—': the formula engine is not run at that size, see below)\n`);
  const head = ['rows', 'engine ms', 'float ms', 'formulas ms', 'decimal/float', 'formulas/decimal', 'engine ms/1k', 'float ms/1k', 'formulas ms/1k'];
  console.log(head.map((h) => h.padStart(17)).join(''));
  const rows = SIZES.map((n) => {
    const plain = plainRows(n);
    const invoer = toInvoer(plain);
    const runs = n >= 100_000 ? 3 : 7;
    const engine = time(runs, () => {
      if (!bereken(invoer).ok) throw new Error('benchmark input has errors');
    });
    const float = time(runs, () => floatModel(plain));
    const formulas = formulaMs(n);
    const perK = (ms: number | undefined) => (ms === undefined ? undefined : (ms / n) * 1000);
    const cells = [n.toLocaleString('nl-NL'), fixed(engine, 1), fixed(float, 1), fixed(formulas), `${fixed(engine / float, 1)}×`, formulas ? `${fixed(formulas / engine, 1)}×` : '—', fixed(perK(engine), 2), fixed(perK(float), 2), fixed(perK(formulas), 2)];
    console.log(cells.map((c) => c.padStart(17)).join(''));
    return { n, engine, float, formulas };
  });
  const last = rows[rows.length - 1];
  const big = toInvoer(plainRows(last.n));
  const { ms, gcMs } = await withGcShare(() => bereken(big));
  const why =
    `one more run: ${ms.toFixed(0)} ms, of which garbage collection ${gcMs.toFixed(0)} ms (${((gcMs / ms) * 100).toFixed(0)}%); ` +
    'the rest is decimal.js at 34 digits, about 8 operations per row (see docs/performance.md)';
  console.log(`\n200k rows, ${why}`);
  return {
    engineMs200k: last.engine,
    goals: [
      { goal: `engine, 200k rows ≤ ${GOAL_MS} ms`, measured: `${last.engine.toFixed(0)} ms`, met: last.engine <= GOAL_MS, ...(last.engine > GOAL_MS && { reason: why }) },
      {
        goal: `decimal/float at 200k ≤ ${GOAL_RATIO}×`,
        measured: `${(last.engine / last.float).toFixed(1)}×`,
        met: last.engine / last.float <= GOAL_RATIO,
        ...(last.engine / last.float > GOAL_RATIO && { reason: 'the same operations on decimal.js objects instead of machine numbers; ' + why }),
      },
    ],
  };
}
