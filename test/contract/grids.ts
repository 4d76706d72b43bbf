import type { CellValue, SheetGrid } from '../../src/workbook/port';

/** A sheet's used range as an adapter would give it (no formulas, General formats). */
export function grid(name: string, values: CellValue[][], top = 1, left = 1): SheetGrid {
  const width = Math.max(0, ...values.map((r) => r.length));
  const rows = values.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  return {
    name,
    top,
    left,
    values: rows,
    formulas: rows.map((r) => r.map(() => null)),
    numberFormats: rows.map((r) => r.map(() => 'General')),
  };
}
