/** `[3, 4, 5, 8, 9]` → `[[3, 4, 5], [8, 9]]`: sorted, unique, split where a number is skipped. */
export function consecutiveRuns(numbers: readonly number[]): number[][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === n - 1) last.push(n);
    else runs.push([n]);
  }
  return runs;
}
