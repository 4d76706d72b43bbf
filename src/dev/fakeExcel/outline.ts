import type { FakeSheet, SheetBox } from './book';
import { richApiError } from './errors';

const MOST_LEVELS = 8;
const rowsOf = (box: SheetBox) => Array.from({ length: box.rows }, (_, i) => box.top + i);

/** `group(ByRows)`: the rows one outline level deeper (Excel keeps eight at most). */
export function groupRows(box: SheetBox, where: string): void {
  const rows = rowsOf(box);
  if (rows.some((r) => (box.sheet.outline.get(r) ?? 0) >= MOST_LEVELS))
    throw richApiError.invalidArgument(where, 'an outline has eight levels at most');
  rows.forEach((r) => box.sheet.outline.set(r, (box.sheet.outline.get(r) ?? 0) + 1));
}

/** `ungroup(ByRows)`: the rows one level up; InvalidOperation when none of them is grouped (as Excel refuses it). */
export function ungroupRows(box: SheetBox, where: string): void {
  const rows = rowsOf(box).filter((r) => box.sheet.outline.has(r));
  if (rows.length === 0) throw richApiError.invalidOperation(where, 'the range has no group to ungroup');
  for (const r of rows) {
    const level = box.sheet.outline.get(r)! - 1;
    if (level > 0) box.sheet.outline.set(r, level);
    else box.sheet.outline.delete(r);
  }
}

/** `hideGroupDetails` / `showGroupDetails` (ByRows): the grouped rows of the range hidden or shown. */
export function groupDetails(box: SheetBox, hidden: boolean): void {
  for (const r of rowsOf(box).filter((r) => box.sheet.outline.has(r))) setRowHidden(box.sheet, r, hidden);
}

export function setRowHidden(sheet: FakeSheet, row: number, hidden: boolean): void {
  if (hidden) sheet.hiddenRows.add(row);
  else sheet.hiddenRows.delete(row);
}
