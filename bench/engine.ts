import { bereken, type Invoer, type Resultaat } from '../src/engine';
import { plainRows, toInvoer } from '../test/support/data';
import { checkAgainstFloat } from './engineCheck';
import { floatModel, REGEL_VELDEN } from './floatModel';
import type { GoalResult } from './goals';
import { withGcShare } from './gcShare';
import { medianAlternating } from './median';

/** Opgave rows of the table (each with half as many dekking rows, the shape of earlier runs: 300k rows at the top). */
const SIZES = [1_000, 10_000, 100_000, 200_000];
/** The goal's input: 100k opgave and 100k dekking rows. */
const GOAL_OPGAVE = 100_000;
const GOAL_DEKKING = 100_000;
const GOAL_MS = 700;
const GOAL_RATIO = 3;
const GOAL_RUNS = 5;
const RELATIVE = 1e-9;

/** A third model to compare with: ms for n rows, or undefined when it cannot run at that size. */
export type OtherModel = (n: number) => number | undefined;

const fixed = (x: number | undefined, digits = 0) => (x === undefined ? '—' : x.toFixed(digits));
const nl = (n: number) => n.toLocaleString('nl-NL');

/**
 * What the command line asks of the engine: the result, and every row's figures as a cell gets
 * them (the columns; made here if the engine makes them only when asked), as the float model
 * gives its rows.
 */
export function berekenMetKolommen(invoer: Invoer): Resultaat {
  const uitkomst = bereken(invoer);
  if (!uitkomst.ok) throw new Error('benchmark input has errors');
  const { regels, dekkingRegels } = uitkomst.resultaat;
  for (const veld of REGEL_VELDEN) regels.column(veld);
  dekkingRegels.column('totaleDekking');
  return uitkomst.resultaat;
}

/** The table of earlier runs: n opgave + n/2 dekking rows, 1k to 200k, next to the float model and the formula engine. */
function table(formulaMs: OtherModel): number {
  const head = [
    'opgave rows',
    'engine ms',
    'float ms',
    'formulas ms',
    'engine/float',
    'formulas/engine',
    'engine ms/1k',
    'float ms/1k',
    'formulas ms/1k',
  ];
  console.log(head.map((h) => h.padStart(17)).join(''));
  let top = 0;
  for (const n of SIZES) {
    const plain = plainRows(n);
    const invoer = toInvoer(plain);
    const runs = n >= 100_000 ? 3 : 7;
    const [ms, float] = medianAlternating(
      runs,
      () => berekenMetKolommen(invoer),
      () => floatModel(plain),
    );
    const formulas = formulaMs(n);
    const perK = (x: number | undefined) => (x === undefined ? undefined : (x / n) * 1000);
    const cells = [
      nl(n),
      fixed(ms, 1),
      fixed(float, 1),
      fixed(formulas),
      `${fixed(ms / float, 1)}×`,
      formulas ? `${fixed(formulas / ms, 1)}×` : '—',
      fixed(perK(ms), 2),
      fixed(perK(float), 2),
      fixed(perK(formulas), 2),
    ];
    console.log(cells.map((c) => c.padStart(17)).join(''));
    top = ms;
  }
  return top;
}

/**
 * The engine next to the same model in plain float JS (and the formula engine where it runs):
 * the table of earlier runs (n opgave + n/2 dekking rows, 1k–200k), and the goal's input,
 * 100k opgave + 100k dekking rows, engine and float model alternating. There the engine's
 * every figure is checked against the float model's, so that a fast wrong engine cannot pass.
 * Goals: ≤ 700 ms, ≤ 3× the float model, the figures the same. Returns the engine's time at
 * the top of the table too (200k opgave rows), for the formula engine's goal.
 */
export async function benchEngine(formulaMs: OtherModel): Promise<{ goals: GoalResult[]; engineMs200k: number }> {
  console.log('The engine (exact) next to the same model in plain float JS and in spreadsheet formulas (HyperFormula)');
  console.log(
    "Opgave rows with half as many dekking rows ('—': the formula engine is not run at that size, see below); engine and float alternating, median\n",
  );
  const engineMs200k = table(formulaMs);
  const plain = plainRows(GOAL_OPGAVE, GOAL_DEKKING);
  const invoer = toInvoer(plain);
  const rows = `${GOAL_OPGAVE / 1000}k opgave + ${GOAL_DEKKING / 1000}k dekking rows`;
  console.log(
    `\nThe goal's input: ${nl(GOAL_OPGAVE)} opgave + ${nl(GOAL_DEKKING)} dekking rows, engine and float model alternating, median of ${GOAL_RUNS}`,
  );
  const [ms, float] = medianAlternating(
    GOAL_RUNS,
    () => berekenMetKolommen(invoer),
    () => floatModel(plain),
  );
  const ratio = ms / float;
  const gc = await withGcShare(() => berekenMetKolommen(invoer));
  const gcText = `one more run: ${gc.ms.toFixed(0)} ms, of which garbage collection ${gc.gcMs.toFixed(0)} ms (${((gc.gcMs / gc.ms) * 100).toFixed(0)}%)`;
  console.log(`  engine ${ms.toFixed(0)} ms, float model ${float.toFixed(0)} ms: ${ratio.toFixed(1)}×; ${gcText}`);
  const check = checkAgainstFloat(berekenMetKolommen(invoer), floatModel(plain), RELATIVE);
  const checked = check.error ? `DIFFER — ${check.error}` : 'all the same';
  console.log(
    `  ${nl(check.count)} figures (every periode, pijler and onderdeel; every opgave and dekking row) against the float model, relative ${RELATIVE}: ${checked}`,
  );
  const wrong = check.error && { reason: `the engine's figures differ from the float model's (float first): ${check.error}` };
  return {
    engineMs200k,
    goals: [
      {
        goal: `engine, ${rows} ≤ ${GOAL_MS} ms`,
        measured: `${ms.toFixed(0)} ms`,
        met: ms <= GOAL_MS && !check.error,
        ...(wrong || (ms > GOAL_MS && { reason: gcText })),
      },
      {
        goal: `engine/float model, ${rows} ≤ ${GOAL_RATIO}×`,
        measured: `${ratio.toFixed(1)}×`,
        met: ratio <= GOAL_RATIO && !check.error,
        ...(wrong || (ratio > GOAL_RATIO && { reason: gcText })),
      },
      {
        goal: `engine = float model, ${(GOAL_OPGAVE + GOAL_DEKKING) / 1000}k rows (relative ${RELATIVE})`,
        measured: `${nl(check.count)} figures`,
        met: !check.error,
        ...(wrong || {}),
      },
    ],
  };
}
