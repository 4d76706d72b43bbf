import { parseA1 } from '../../src/sheet/address';
import type { CellLook, SheetInit } from '../../src/sheet';
import type { FixtureSheet } from './contract';

/** A contract fixture as 2D blocks from A1 (for the in-memory workbook and the in-memory Excel). */
export function fixtureInit(sheet: FixtureSheet): SheetInit {
  const values = sheet.rows.map((r) => [...r]);
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const put = <T>(table: (T | null)[][], address: string, v: T) => {
    const { row, column } = parseA1(address)!;
    for (let r = 0; r < row; r++) table[r] ??= [];
    table[row - 1][column - 1] = v;
  };
  for (const [address, { formula, result }] of Object.entries(sheet.formulas ?? {})) {
    put(formulas, address, formula);
    put(values, address, result);
  }
  for (const [address, format] of Object.entries(sheet.numberFormats ?? {})) put(numberFormats, address, format);
  // Every row as long as its formats reach: a format on an empty cell is kept too.
  for (let r = 0; r < values.length; r++) {
    const length = Math.max(values[r]?.length ?? 0, numberFormats[r]?.length ?? 0);
    values[r] = Array.from({ length }, (_, c) => values[r]?.[c] ?? null);
  }
  const looks: (CellLook | null)[][] = [];
  const bold: boolean[][] = [];
  for (const [address, { bold: b, ...look }] of Object.entries(sheet.looks ?? {})) {
    put(looks, address, look);
    if (b) put(bold as (boolean | null)[][], address, true);
  }
  return {
    values,
    formulas,
    numberFormats,
    looks,
    bold: bold.map((row) => Array.from(row, (b) => b ?? false)),
    ...(sheet.columnWidths && { columnWidths: sheet.columnWidths }),
  };
}
