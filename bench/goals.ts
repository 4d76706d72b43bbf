/** A goal of the benchmark, what was measured against it, and why it was missed if it was. */
export interface GoalResult {
  /** e.g. `engine, 200k rows ≤ 1 s` */
  goal: string;
  /** e.g. `812 ms` */
  measured: string;
  met: boolean;
  /** When missed (or not measured): the reason, found by profiling, not guessed. */
  reason?: string;
}

/** The closing table of `npm run bench`: every goal, met or missed, with the reason. */
export function printGoals(results: GoalResult[]): void {
  console.log('\nGoals');
  const width = Math.max(...results.map((r) => r.goal.length));
  for (const r of results) {
    console.log(`  ${r.goal.padEnd(width)}  ${r.measured.padStart(14)}  ${r.met ? 'met' : 'MISSED'}${r.reason ? ` — ${r.reason}` : ''}`);
  }
}
