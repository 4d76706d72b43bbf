import type { Doel, Uitleg } from '../engine';
import { doelVanCel } from './doelVanCel';
import type { TotaalbeeldLayout } from './layoutTypes';
import type { Lezing } from './readInput';

/**
 * How the figure a cell shows was made: the cell's `Doel` (doelVanCel) explained by the
 * engine. Undefined for a cell that shows no output figure.
 */
export function uitlegVanCel(
  lezing: Lezing,
  layout: TotaalbeeldLayout,
  uitleg: (doel: Doel) => Uitleg | undefined,
): (blad: string, cel: string) => Uitleg | undefined {
  const doel = doelVanCel(lezing, layout);
  return (blad, cel) => {
    const d = doel(blad, cel);
    return d && uitleg(d);
  };
}
