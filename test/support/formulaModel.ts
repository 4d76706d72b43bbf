import { HyperFormula, type ConfigParams, type Sheets } from 'hyperformula';
import { plainRows, type PlainRows } from './data';
import type { OtherModel } from '../../bench/engine';
import { floatModel } from '../../bench/floatModel';
import { formulaSheets, type FormulaLayout } from '../../bench/formulaSheets';
import { median } from '../../bench/median';
import { assertSameFigures, type Figures } from './sameFigures';

/**
 * HyperFormula as set for the benchmark: the GPL licence key (a dev-only benchmark); a column
 * index for MATCH and VLOOKUP (instead of a binary search); no rounding of results to 10
 * significant digits (Excel keeps 15), so the figures compare with plain floats; text compared
 * with its accents, as Excel does (HyperFormula's default strips them from every string a
 * SUMIFS compares, which costs some 15%).
 */
export const HF_CONFIG: Partial<ConfigParams> = { licenseKey: 'gpl-v3', useColumnIndex: true, smartRounding: false, accentSensitive: true };

function numbers(values: unknown[][], where: string): number[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      if (typeof v !== 'number') throw new Error(`${where}: row ${r + 2}, column ${c}: ${JSON.stringify(v)} is no number`);
      return v;
    }),
  );
}

/** Builds a HyperFormula instance from the sheets (which evaluates every formula) and reads the figures. */
export function evaluateSheets(sheets: Sheets, layout: FormulaLayout): Figures {
  const hf = HyperFormula.buildFromSheets(sheets, HF_CONFIG);
  try {
    const id = (name: string) => hf.getSheetId(name)!;
    const pick = (rows: unknown[][], columns: number[]) => rows.slice(1).map((row) => columns.map((c) => row[c]));
    const pillarValues = numbers(pick(hf.getSheetValues(id('Pijlers')), layout.pillarColumns), 'Pijlers');
    const rows = numbers(pick(hf.getSheetValues(id('Opgave')), layout.rowColumns), 'Opgave');
    return { pillars: new Map(layout.pillars.map((p, i) => [p, pillarValues[i]])), rows };
  } finally {
    hf.destroy();
  }
}

/** The figures of `floatModel`, computed by the analyst's formulas (formulaSheets) in HyperFormula. */
export function formulaModel(plain: PlainRows): Figures {
  const { sheets, layout } = formulaSheets(plain);
  return evaluateSheets(sheets, layout);
}

/** Every timing of this process, by rows: what `formulaModelMs` and the growth are based on. */
export const formulaTimings = new Map<number, number>();

/**
 * Milliseconds for HyperFormula to build its instance from the sheets of `plainRows(n)` (which
 * evaluates every formula) and to give the figures: median of `runs` (3 up to 1k rows, else 1).
 * Throws unless the figures equal floatModel's within 1e-9 relative, so that both time the
 * same computation. Slow: about a minute at 10k rows, growing faster than the rows.
 */
export function timeFormulaModel(n: number, runs = n > 1_000 ? 1 : 3): number {
  const plain = plainRows(n);
  const { sheets, layout } = formulaSheets(plain);
  let figures: Figures | undefined;
  const ms = median(runs, () => (figures = evaluateSheets(sheets, layout)));
  assertSameFigures(figures!, floatModel(plain));
  formulaTimings.set(n, ms);
  return ms;
}

/** A run that would take longer than this, by the growth so far, is not made. */
export const LIMIT_MS = 5 * 60_000;

/**
 * The time at n rows from the timings so far: by the growth between the two largest (never
 * less than linear; linear from one timing), and linearly from the largest — the lower bound,
 * as HyperFormula reads every row at least once.
 */
export function extrapolate(n: number): { grown: number; linear: number; exponent: number; from: number[] } | undefined {
  const sizes = [...formulaTimings.keys()].sort((a, b) => a - b).slice(-2);
  if (sizes.length === 0) return undefined;
  const last = sizes[sizes.length - 1];
  const [t1, t2] = [formulaTimings.get(sizes[0])!, formulaTimings.get(last)!];
  const exponent = sizes.length === 2 ? Math.max(1, Math.log(t2 / t1) / Math.log(last / sizes[0])) : 1;
  return { grown: t2 * (n / last) ** exponent, linear: t2 * (n / last), exponent, from: sizes };
}

/**
 * The formula engine's column of the engine table (`benchEngine`): ms at n rows, or undefined
 * when the run would take longer than 5 minutes by the growth measured so far (call it with
 * growing n). HyperFormula gets to 10k rows in about a minute; 100k and 200k are not run.
 */
export const formulaModelMs: OtherModel = (n) => {
  const expected = extrapolate(n);
  return expected && expected.grown > LIMIT_MS ? undefined : timeFormulaModel(n);
};
