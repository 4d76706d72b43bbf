import { changeBlocks } from '../../write/excelLimits';
import type { WorkbookChanges } from '../../port';
import { EXCEL_COLUMNS, EXCEL_ROWS, EXCEL_SHEET_NAME, EXCEL_TEXT } from '../../../sheet';

// Excel's limits (src/sheet/limits.ts): a run finds a cell beyond them first (excelLimits.ts), this adapter refuses it too.

const BAD_NAME = /[\\/?*[\]:]/;

/** Why Excel could not hold these changes (a cell beyond its grid, text too long, a bad sheet name), or undefined. */
export function beyondExcel(changes: WorkbookChanges): string | undefined {
  for (const s of changes.sheets) {
    if (s.name.length === 0 || s.name.length > EXCEL_SHEET_NAME || BAD_NAME.test(s.name) || /^'|'$/.test(s.name))
      return `'${s.name}' is not a sheet name Excel allows`;
  }
  for (const { sheet, top, left, values, formulas } of changeBlocks(changes)) {
    if (top < 1 || left < 1 || top + values.length - 1 > EXCEL_ROWS)
      return `${sheet}: row ${top + values.length - 1} is beyond Excel's ${EXCEL_ROWS} rows`;
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      if (left + row.length - 1 > EXCEL_COLUMNS)
        return `${sheet}: column ${left + row.length - 1} is beyond Excel's ${EXCEL_COLUMNS} columns`;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === 'string' && v.length > EXCEL_TEXT && !formulas?.[r]?.[c])
          return `${sheet}: text of ${v.length} characters is longer than Excel's ${EXCEL_TEXT}`;
      }
    }
  }
  return undefined;
}
