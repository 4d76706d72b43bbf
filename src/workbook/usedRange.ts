import type { CellValue, SheetGrid } from './port';

/** A cell as adapters keep or read it. */
export interface Cel {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
}

export const LEGE_CEL: Cel = { value: null, formula: null, numberFormat: 'General', bold: false };

/**
 * The grid of a sheet's cells (1-based row, column): the bounding box of the cells holding a
 * value or a formula, every cell of it filled in (`LEGE_CEL` where there is none).
 */
export function usedRange(name: string, cells: Iterable<[number, number, Cel]>, columnWidths: (number | null)[]): SheetGrid {
  const all = [...cells];
  const used = all.filter(([, , c]) => c.value !== null || c.formula !== null);
  if (used.length === 0) return { name, top: 1, left: 1, values: [], formulas: [], numberFormats: [], bold: [], columnWidths: [] };
  const top = Math.min(...used.map(([r]) => r));
  const left = Math.min(...used.map(([, c]) => c));
  const bottom = Math.max(...used.map(([r]) => r));
  const right = Math.max(...used.map(([, c]) => c));
  const at = new Map(all.map(([r, c, cel]) => [`${r},${c}`, cel]));
  const table = <T>(pick: (c: Cel) => T) =>
    Array.from({ length: bottom - top + 1 }, (_, r) =>
      Array.from({ length: right - left + 1 }, (_, c) => pick(at.get(`${top + r},${left + c}`) ?? LEGE_CEL)),
    );
  return {
    name,
    top,
    left,
    values: table((c) => c.value),
    formulas: table((c) => c.formula),
    numberFormats: table((c) => c.numberFormat),
    bold: table((c) => c.bold),
    columnWidths: Array.from({ length: right }, (_, i) => columnWidths[i] ?? null),
  };
}
