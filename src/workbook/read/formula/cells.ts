import type { Dec } from '../../../engine';
import { decimalOf } from '../parseNumberText';
import type { SheetGrid } from '../../port';
import { simpleFormula, type Cells, type Ref } from './simple';
import { cellAt } from '../../../sheet';

/** How many cells the formulas of one workbook may look at in all: a hostile file cannot make reading slow. */
const MOST_CELLS = 500_000;
/** How deep formulas without a value may refer to one another. */
const MOST_DEPTH = 100;

/** The value of a formula cell without a computed value, computed here; undefined when it cannot be (not simple, a loop, too large). */
export type UncachedValue = (grid: SheetGrid, row: number, column: number) => Dec | undefined;

/**
 * Computes the formulas without a computed value of the grids read (the sheets of
 * WORKBOOK.md), where they are simple (`simpleFormula`): a reference to a cell that holds
 * such a formula computes that one first, once; a reference to a sheet not read, a loop or a
 * formula that is not simple makes every formula that uses it not computable.
 */
export function uncachedValues(grids: readonly SheetGrid[]): UncachedValue {
  const known = new Map<string, Dec | undefined>();
  const busy = new Set<string>();
  let looked = 0;
  const sheet = (from: SheetGrid, blad: string | undefined) =>
    blad === undefined ? from : grids.find((g) => g.name.toLowerCase() === blad.toLowerCase());

  // A referenced cell's number: a constant, empty (0), or a formula without a value computed now.
  function number(grid: SheetGrid, row: number, column: number): Dec | undefined | 'skip' {
    looked++;
    const value = grid.values[row - grid.top]?.[column - grid.left] ?? null;
    const formula = grid.formulas[row - grid.top]?.[column - grid.left] ?? null;
    if (typeof value === 'number') return decimalOf(value);
    if (value === null) return formula === null ? 'skip' : valueOf(grid, row, column, formula);
    return undefined;
  }

  function valueOf(grid: SheetGrid, row: number, column: number, formula: string): Dec | undefined {
    const key = `${grid.name}\u0000${row}\u0000${column}`;
    if (known.has(key)) return known.get(key);
    if (busy.has(key) || busy.size >= MOST_DEPTH || looked > MOST_CELLS) return undefined;
    busy.add(key);
    const cells: Cells = {
      number: (ref: Ref) => {
        const g = sheet(grid, ref.blad);
        const n = g && number(g, ref.row, ref.column);
        return n === 'skip' ? decimalOf(0) : n;
      },
      numbers: (from: Ref, to: Ref) => {
        const g = sheet(grid, from.blad);
        if (!g) return undefined;
        const [top, bottom] = [
          Math.max(Math.min(from.row, to.row), g.top),
          Math.min(Math.max(from.row, to.row), g.top + g.values.length - 1),
        ];
        const [left, right] = [Math.min(from.column, to.column), Math.max(from.column, to.column)];
        const out: Dec[] = [];
        for (let r = top; r <= bottom; r++)
          for (let c = Math.max(left, g.left); c <= Math.min(right, g.left + (g.values[r - g.top]?.length ?? 0) - 1); c++) {
            const value = g.values[r - g.top][c - g.left] ?? null;
            if (typeof value === 'object' && value !== null) return undefined; // an error value: SUM gives it too
            const n = typeof value === 'number' || value === null ? number(g, r, c) : 'skip';
            if (n === undefined || looked > MOST_CELLS) return undefined;
            if (n !== 'skip') out.push(n);
          }
        return out;
      },
    };
    const value = simpleFormula(formula, cells);
    busy.delete(key);
    known.set(key, value);
    return value;
  }

  return (grid, row, column) => {
    const formula = cellAt(grid, row, column).formula;
    return formula === null ? undefined : valueOf(grid, row, column, formula);
  };
}
