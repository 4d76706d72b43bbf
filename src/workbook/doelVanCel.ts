import type { Doel } from '../engine';
import type { TotaalbeeldLayout } from './totaalbeeld/types';
import { matchKey } from './read/matchKey';
import { DEKKING_UITVOER, OPGAVE_UITVOER, type Uitvoerkolom } from './outputColumns';
import { locateColumns } from './write/planColumns';
import type { Lezing, TabelPlaats } from './read/readInput';
import { TOTAALBEELD } from './sheetDefs';
import { leesCel } from '../sheet';

type Plaats = { row: number; column: number };

// An owned column of an input sheet, where the run writes (or wrote) it (planColumns): a data
// row's figure or its control row's total.
function uitvoerDoel<V extends string>(
  plaats: TabelPlaats,
  kolommen: readonly Uitvoerkolom<V>[],
  data: (index: number, veld: V) => Doel,
  controle: (index: number, veld: V) => Doel,
): (cel: Plaats) => Doel | undefined {
  const columns = locateColumns(
    plaats,
    kolommen.map((k) => k.kop),
  );
  return ({ row, column }) => {
    const kolom = kolommen[columns.indexOf(column)];
    if (!kolom) return undefined;
    const index = plaats.dataRijen.indexOf(row);
    if (index >= 0) return data(index, kolom.veld);
    const c = plaats.controles.find((x) => x.rij === row);
    return c && controle(c.index, kolom.veld);
  };
}

// The Totaalbeeld sheet is the layout from A1.
const totaalbeeldDoel =
  (layout: TotaalbeeldLayout) =>
  ({ row, column }: Plaats) =>
    layout.rows[row - 1]?.doelen?.[column - 1] ?? undefined;

/**
 * The figure a cell shows, as the engine's `Doel`: the owned columns of Opgave (data rows and
 * control rows) and Dekking (Totale dekking), and every amount of the NPLV Totaalbeeld, at the
 * places this computation writes them (before a first run: where it will). Sheet names as
 * everywhere (case- and space-insensitive); `$K$3` and ranges (top-left cell) are read too.
 * Undefined for every other cell.
 */
export function doelVanCel(lezing: Lezing, layout: TotaalbeeldLayout): (blad: string, cel: string) => Doel | undefined {
  const { opgave, dekking, totaalbeeld } = lezing.plaatsen;
  const bladen: [string, (cel: Plaats) => Doel | undefined][] = [[totaalbeeld?.name ?? TOTAALBEELD, totaalbeeldDoel(layout)]];
  if (opgave)
    bladen.push([
      opgave.blad,
      uitvoerDoel(
        opgave,
        OPGAVE_UITVOER,
        (index, veld) => ({ soort: 'regel', index, veld }),
        (index, veld) => ({ soort: 'controle', index, veld }),
      ),
    ]);
  if (dekking)
    bladen.push([
      dekking.blad,
      uitvoerDoel(
        dekking,
        DEKKING_UITVOER,
        (index) => ({ soort: 'totaleDekking', index }),
        (index, veld) => ({ soort: 'controle', index, veld }),
      ),
    ]);
  return (blad, cel) => {
    const plaats = leesCel(cel);
    const doel = bladen.find(([naam]) => matchKey(naam) === matchKey(blad))?.[1];
    return plaats && doel?.(plaats);
  };
}
