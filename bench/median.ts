/** The middle one of some measurements (the upper middle of an even number). */
export function medianOf(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/** Wall time of one call, in ms. */
function timed(f: () => unknown): number {
  const start = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median wall time of `runs` calls, in ms. */
export function median(runs: number, f: () => unknown): number {
  return medianOf(Array.from({ length: runs }, () => timed(f)));
}

/** Median wall times of `runs` calls of each, in ms, the calls alternating (a, b, a, b, …) so that the machine's noise falls on both. */
export function medianAlternating(runs: number, a: () => unknown, b: () => unknown): [number, number] {
  const [ta, tb]: number[][] = [[], []];
  for (let i = 0; i < runs; i++) {
    ta.push(timed(a));
    tb.push(timed(b));
  }
  return [medianOf(ta), medianOf(tb)];
}
