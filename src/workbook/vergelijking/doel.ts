import type { VergelijkDoel } from '../../engine';
import { leesCel } from '../../sheet';
import { matchKey } from '../read/matchKey';
import type { VergelijkingLayout } from './types';

/**
 * The difference a cell of the NPLV Vergelijking shows (`naam`: the sheet as the workbook spells
 * it; any spelling, `$F$12` and ranges read as elsewhere): a Δ cell or a part of one. Undefined
 * for any other cell or sheet.
 */
export function doelOpBlad(naam: string, layout: VergelijkingLayout): (blad: string, cel: string) => VergelijkDoel | undefined {
  return (blad, cel) => {
    const plaats = matchKey(blad) === matchKey(naam) ? leesCel(cel) : undefined;
    return (plaats && layout.rows[plaats.row - 1]?.doelen?.[plaats.column - 1]) ?? undefined;
  };
}
