import { appendFileSync } from 'fs';

/**
 * How many runs of a property reached its assertion (the recalculation it checks succeeded,
 * or for property 2 had errors), so that a property cannot pass by returning early on every
 * run. Each property asserts a minimum share, measured; the counts are printed after the
 * file's properties and, with NPLV_PROPERTY_TELLING=<file>, appended to that file as JSON lines.
 */
export interface Telling {
  adapter: string;
  eigenschap: string;
  runs: number;
  bereikt: number;
  minimum: number;
}

const tellingen: Telling[] = [];

export function telOp(t: Telling): void {
  tellingen.push(t);
  const bestand = process.env.NPLV_PROPERTY_TELLING;
  if (bestand) appendFileSync(bestand, `${JSON.stringify(t)}\n`);
}

/** One line per property: `4. … 61/80 (76%, minimum 50%)`. */
export function verslag(adapter: string): string {
  const procent = (x: number) => `${Math.round(x * 100)}%`;
  return tellingen
    .filter((t) => t.adapter === adapter)
    .map(
      (t) =>
        `${t.eigenschap.slice(0, 60)}: ${t.bereikt}/${t.runs} (${procent(t.bereikt / Math.max(t.runs, 1))}, minimum ${procent(t.minimum)})`,
    )
    .join('\n');
}

/** The chance a share counted must stay above: a sound property fails the check in about one file of a thousand. */
export const KANS = 0.001;

/**
 * The least share of `runs` that must reach the assertion when `gemeten` of them did in long
 * runs: k / runs for the largest k with P(X < k) ≤ KANS, X binomial (runs, gemeten), so that a
 * sound property fails this check about once in a thousand files at any number of runs (three
 * standard deviations, as before, is far too lax for five runs), and one that returns early on
 * most runs fails it.
 */
export function ondergrens(gemeten: number, runs: number): number {
  if (runs <= 0 || gemeten <= 0) return 0;
  if (gemeten >= 1) return 1;
  // P(X = j) in logs, summed from j = 0 up while the sum stays within KANS.
  const [lp, lq] = [Math.log(gemeten), Math.log(1 - gemeten)];
  let [k, som, logKans] = [0, 0, runs * lq];
  while (k < runs && som + Math.exp(logKans) <= KANS) {
    som += Math.exp(logKans);
    logKans += Math.log((runs - k) / (k + 1)) + lp - lq;
    k++;
  }
  return k / runs;
}
