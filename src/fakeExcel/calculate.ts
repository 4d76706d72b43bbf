import type { CellValue } from '../workbook/port';
import type { FakeBook } from './book';
import { evaluate, type Lookup } from './formula';

const same = (a: CellValue, b: CellValue) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Recalculates every formula the fake can calculate (see `evaluate`) until nothing changes,
 * the way Excel's automatic calculation does after a request; others keep their value.
 */
export function recalculate(book: FakeBook): void {
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    for (const sheet of book.sheets) {
      const lookup: Lookup = (name, row, column) => {
        const target = name === undefined ? sheet : book.find(name);
        return target ? target.cells.get(row, column).value : { error: '#REF!' };
      };
      for (const [row, column, cel] of sheet.cells.formulaEntries()) {
        if (cel.formula === null) continue;
        const value = evaluate(cel.formula, lookup);
        if (value === undefined || same(value, cel.value)) continue;
        sheet.cells.set(row, column, { ...cel, value });
        changed = true;
      }
    }
    if (!changed) return;
  }
}
