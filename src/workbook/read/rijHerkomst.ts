import type { Herkomst } from '../../engine';
import { celNotaties, type NotatieCel } from './notatieDecimalen';
import type { SheetGrid } from '../port';
import { a1, cellAt } from '../../sheet';

/** A column of a table that is read: its field and its 1-based column. */
export interface GelezenKolom {
  veld: string;
  kolom: number;
}

/** Makes the `Herkomst` of a row of a table: its sheet and row; the rest asked of the grid when needed. */
export type MaakHerkomst = new (rij: number) => Herkomst;

/**
 * The `Herkomst` of the rows of one table, as a class of that table: a row keeps only its
 * sheet and row number (two fields, no object per cell), and its cells' A1 addresses
 * (`cellen`) and number formats (`decimalen`, `procent`) are made from the table's columns
 * and the grid when a message or the Uitleg asks for them. The grid is read, never changed
 * (`SheetGrid`), so they are what they would have been when the row was read.
 */
export function rijHerkomsten(grid: SheetGrid, kolommen: readonly GelezenKolom[]): MaakHerkomst {
  const blad = grid.name;
  const notaties = (rij: number) => celNotaties(kolommen.map(({ veld, kolom }): NotatieCel => ({ veld, ...cellAt(grid, rij, kolom) })));
  return class implements Herkomst {
    readonly blad = blad;
    constructor(readonly rij: number) {}

    get cellen(): Record<string, string> {
      const cellen: Record<string, string> = {};
      for (const { veld, kolom } of kolommen) cellen[veld] = a1(this.rij, kolom);
      return cellen;
    }

    get decimalen(): Herkomst['decimalen'] {
      return notaties(this.rij).decimalen;
    }

    get procent(): Herkomst['procent'] {
      return notaties(this.rij).procent;
    }
  };
}
