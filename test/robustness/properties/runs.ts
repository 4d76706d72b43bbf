import type fc from 'fast-check';

/**
 * How many random workbooks a property tries. `npm test` uses the numbers the test files
 * give; NPLV_PROPERTY_RUNS=n (a nightly run) sets them to n × `gewicht` (the .xlsx adapter,
 * ~20× slower, weighs less), NPLV_PROPERTY_DEEL=f (`npm run test:unit`, 0.25) to that share
 * of the numbers the files give, and NPLV_PROPERTY_SEED replays a seed that fast-check printed.
 */
export function runs(standaard: number, gewicht = 1): number {
  const n = Number(process.env.NPLV_PROPERTY_RUNS);
  if (Number.isFinite(n) && n > 0) return Math.max(1, Math.round(n * gewicht));
  const deel = Number(process.env.NPLV_PROPERTY_DEEL);
  return deel > 0 && deel < 1 ? Math.max(1, Math.round(standaard * deel)) : standaard;
}

export const isNachtelijk = () => Number(process.env.NPLV_PROPERTY_RUNS) > 0;

export function parameters(numRuns: number): fc.Parameters<unknown> {
  const seed = Number(process.env.NPLV_PROPERTY_SEED);
  return { numRuns, ...(Number.isInteger(seed) && process.env.NPLV_PROPERTY_SEED !== '' && { seed }) };
}

/** Jest's time for one property: generous per run, hours at night. */
export const tijd = (numRuns: number, msPerRun: number) => Math.max(60_000, numRuns * msPerRun * 4);
