import type ExcelJS from 'exceljs';
import type { RowGroup } from '../../port';
import { outlinedRows, rowGroupsOf } from '../../../sheet';

// The row outline of an ExcelJS worksheet (issue 16).

/** The rows at outline level 1 or deeper, with whether each is hidden, as groups. */
export function rowGroupsIn(ws: ExcelJS.Worksheet): RowGroup[] {
  const outlined = new Map<number, boolean>();
  ws.eachRow({ includeEmpty: true }, (row, r) => void (row.outlineLevel && outlined.set(r, row.hidden)));
  return rowGroupsOf(outlined);
}

/** The outline becomes `groups`: the rows of the old one back at level 0 and shown, then the new ones grouped (hidden when collapsed), summary above. */
export function setRowGroups(ws: ExcelJS.Worksheet, groups: readonly RowGroup[]) {
  for (const r of outlinedRows(rowGroupsIn(ws)).keys()) Object.assign(ws.getRow(r), { outlineLevel: 0, hidden: false });
  for (const [r, hidden] of outlinedRows(groups)) Object.assign(ws.getRow(r), { outlineLevel: 1, hidden });
  ws.properties.outlineLevelRow = groups.length > 0 ? 1 : 0;
  ws.properties.outlineProperties = { ...ws.properties.outlineProperties, summaryBelow: false };
}
