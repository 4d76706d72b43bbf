import type { RowGroup } from './cell';
import { consecutiveRuns } from './blockRuns';

/** The outline of the rows at level 1 or deeper (row → whether it is hidden): each run of them a group, collapsed when all its rows are hidden. */
export function rowGroupsOf(outlined: ReadonlyMap<number, boolean>): RowGroup[] {
  return consecutiveRuns([...outlined.keys()]).map((run) => ({
    top: run[0],
    bottom: run[run.length - 1],
    ...(!run.every((r) => outlined.get(r)) && { collapsed: false }),
  }));
}

/** The rows of an outline, each with whether it is hidden (its group collapsed). */
export function outlinedRows(groups: readonly RowGroup[]): Map<number, boolean> {
  const rows = new Map<number, boolean>();
  for (const g of groups) for (let r = g.top; r <= g.bottom; r++) rows.set(r, g.collapsed !== false);
  return rows;
}
