import { matchKey } from '../read/matchKey';
import { previousBlock } from './previousContent';
import type { BlockWrite, CellValue, ColumnWidth } from '../port';
import { headerBlock, planWidths } from './planLook';
import type { TabelPlaats } from '../read/readInput';
import { consecutiveRuns, rightColumn } from '../../sheet';

/**
 * The column of each owned header: where the header row already holds it (a previous run),
 * else the next free column to the right of the used range. Input columns are never taken.
 */
export function locateColumns(plaats: Pick<TabelPlaats, 'grid' | 'kop'>, koppen: readonly string[]): number[] {
  const { grid, kop } = plaats;
  const cells = grid.values[kop.rij - grid.top] ?? [];
  const input = new Set(Object.values(kop.kolommen));
  let next = rightColumn(grid) + 1;
  return koppen.map((naam) => {
    const at = cells.findIndex((v, i) => typeof v === 'string' && matchKey(v) === matchKey(naam) && !input.has(grid.left + i));
    return at >= 0 ? grid.left + at : next++;
  });
}

/** The values of the owned columns by row number: the rows that have them, and column i's value in row `rij`. */
export interface Rijwaarden {
  rijen: readonly number[];
  waarde(rij: number, i: number): CellValue;
}

/**
 * Writes owned columns: the headers in the header row, in the format of the header row they
 * extend (`headerBlock`), and, per row number in `rows`, its values (with `numberFormat`), each
 * block's rows made straight from `rows.waarde`. Rows not in `rows` are left alone.
 * One block per run of adjacent columns and adjacent rows; `undo` puts back what they held
 * (none when `metUndo` is false: a caller that never undoes, the command line). The data
 * rows of a block share one row of number formats. `widths` widen the columns that show their
 * header or values cut off (`planWidths`), `undoWidths` put them back.
 */
export function planColumns(
  plaats: TabelPlaats,
  koppen: readonly string[],
  rows: Rijwaarden,
  numberFormat: string,
  metUndo = true,
): { writes: BlockWrite[]; undo: BlockWrite[]; widths: ColumnWidth[]; undoWidths: ColumnWidth[] } {
  const columns = locateColumns(plaats, koppen);
  const header = plaats.kop.rij;
  const written = new Set(columns);
  const writes: BlockWrite[] = [];
  for (const columnRun of consecutiveRuns(columns)) {
    const indices = columnRun.map((c) => columns.indexOf(c));
    const formats = indices.map(() => numberFormat);
    writes.push(
      headerBlock(
        plaats,
        columnRun[0],
        indices.map((i) => koppen[i]),
        written,
      ),
    );
    for (const rowRun of consecutiveRuns(rows.rijen.filter((rij) => rij !== header))) {
      writes.push({
        sheet: plaats.blad,
        top: rowRun[0],
        left: columnRun[0],
        values: rowRun.map((rij) => indices.map((i) => rows.waarde(rij, i))),
        numberFormats: rowRun.map(() => formats),
      });
    }
  }
  const { widths, undo: undoWidths } = planWidths(plaats, columns, koppen, rows, numberFormat, metUndo);
  return { writes, undo: metUndo ? writes.map((w) => previousBlock(plaats.grid, w)) : [], widths, undoWidths };
}
