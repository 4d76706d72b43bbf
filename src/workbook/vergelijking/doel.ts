import type { VergelijkDoel } from '../../engine';
import { cellAt, leesCel } from '../../sheet';
import type { SheetGrid } from '../port';
import { matchKey } from '../read/matchKey';
import type { TotaalbeeldLayout } from '../totaalbeeld/types';

// The row and column of `cel` when `blad` names the sheet `naam` (any spelling; `$F$12` and ranges read as elsewhere).
const opBlad = (naam: string, blad: string, cel: string) => (matchKey(blad) === matchKey(naam) ? leesCel(cel) : undefined);

/**
 * The difference a cell of the NPLV Vergelijking shows (`naam`: the sheet as the workbook spells
 * it): a Δ cell or a part of one (on the NPLV Gevoeligheid: its Δ cells alike). Undefined for any other cell or sheet.
 */
export function doelOpBlad<D = VergelijkDoel>(naam: string, layout: TotaalbeeldLayout<D>): (blad: string, cel: string) => D | undefined {
  return (blad, cel) => {
    const plaats = opBlad(naam, blad, cel);
    return (plaats && layout.rows[plaats.row - 1]?.doelen?.[plaats.column - 1]) ?? undefined;
  };
}

/** Whether the sheet as it was (`vorig`) shows another value in a cell than the layout puts there: it is out of date. */
export function verouderdOpBlad(vorig: SheetGrid | undefined, layout: TotaalbeeldLayout<unknown>): (blad: string, cel: string) => boolean {
  return (blad, cel) => {
    const plaats = vorig && opBlad(vorig.name, blad, cel);
    return (
      !!plaats &&
      (cellAt(vorig, plaats.row, plaats.column).value ?? null) !== (layout.rows[plaats.row - 1]?.cells[plaats.column - 1] ?? null)
    );
  };
}
