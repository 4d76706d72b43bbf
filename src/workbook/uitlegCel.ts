import type { Doel, Plek, Uitleg } from '../engine';
import { doelVanCel } from './doelVanCel';
import type { TotaalbeeldLayout } from './totaalbeeld/types';
import { OPGAVE_UITVOER } from './outputColumns';
import { locateColumns } from './write/planColumns';
import type { Lezing } from './read/readInput';
import { a1 } from '../sheet';

const HELE_RIJ = /^(\d+):\1$/;

/**
 * A control row's total of a figure the add-in computes names its rows whole (`Opgave!5:5`):
 * the engine does not know where the figure is written. Here it is known: the row's cell in
 * that figure's column (`Opgave!H5`).
 */
function metUitvoerCellen(u: Uitleg, d: Doel, lezing: Lezing): Uitleg {
  const opgave = lezing.plaatsen.opgave;
  const i = d.soort === 'controle' ? OPGAVE_UITVOER.findIndex((k) => k.veld === d.veld) : -1;
  if (!opgave || i < 0) return u;
  const kolom = locateColumns(
    opgave,
    OPGAVE_UITVOER.map((k) => k.kop),
  )[i];
  const cel = (p: Plek): Plek => {
    const rij = p.blad === opgave.blad ? HELE_RIJ.exec(p.cel) : null;
    return rij ? { blad: p.blad, cel: a1(Number(rij[1]), kolom) } : p;
  };
  const termen = u.termen.map((t) => ({
    ...t,
    plekken: t.plekken.map(cel),
    delen: t.delen.map((x) => ({ ...x, plekken: x.plekken.map(cel) })),
  }));
  return { ...u, termen };
}

/**
 * How the figure a cell shows was made: the cell's `Doel` (doelVanCel) explained by the
 * engine, its rows' computed figures named by their cells. Undefined for a cell that shows
 * no output figure.
 */
export function uitlegVanCel(
  lezing: Lezing,
  layout: TotaalbeeldLayout,
  uitleg: (doel: Doel) => Uitleg | undefined,
): (blad: string, cel: string) => Uitleg | undefined {
  const doel = doelVanCel(lezing, layout);
  return (blad, cel) => {
    const d = doel(blad, cel);
    const u = d && uitleg(d);
    return u && d && metUitvoerCellen(u, d, lezing);
  };
}
