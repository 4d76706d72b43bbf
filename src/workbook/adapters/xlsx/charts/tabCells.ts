import type { CellRead } from './chartPart';
import { scanSheet } from '../scanSheet';
import { gridOf } from '../sheetGrid';
import type { SheetEdits } from '../sheetEdits';
import type { Styles } from '../parts/styles';
import { cellAt } from '../../../../sheet';

/**
 * The cells of a sheet as its charts cache them: as written (`edits`), else as in its part
 * (`xml`; undefined for a sheet made anew). Read as they are, so that no cell format is made
 * before the save makes them in their order.
 */
export function tabCells(
  name: string,
  part: string,
  edits: SheetEdits,
  xml: string | undefined,
  strings: string[],
  styles: Styles,
): CellRead {
  const grid = xml === undefined ? undefined : gridOf(name, scanSheet(xml, strings, part), styles);
  return (row, column) => {
    const edit = edits.row(row)?.get(column);
    const own = grid && cellAt(grid, row, column);
    return { value: edit ? edit.value : (own?.value ?? null), numberFormat: edit?.numberFormat ?? own?.numberFormat ?? 'General' };
  };
}
