/** The largest of `values` and `start`; safe for arrays of any length (no spread into Math.max). */
export function largest(values: readonly number[], start: number): number {
  return values.reduce((a, b) => (b > a ? b : a), start);
}

export function smallest(values: readonly number[], start: number): number {
  return values.reduce((a, b) => (b < a ? b : a), start);
}
