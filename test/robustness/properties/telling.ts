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

/**
 * The least share of `runs` that must reach the assertion when `gemeten` of them did in long
 * runs: three standard deviations below it, so that a sound property fails this check about
 * once in a thousand files, and one that returns early on most runs fails it.
 */
export function ondergrens(gemeten: number, runs: number): number {
  return Math.max(0, gemeten - 3 * Math.sqrt((gemeten * (1 - gemeten)) / Math.max(runs, 1)));
}
