import type { PeriodeGroep } from './groepen';
import type { Cijfers, PeriodeResultaat } from '../types';

/** Where the rows of a control row's block lie. */
export interface BlokLigging {
  /** In how many perioden its rows lie. */
  perioden: number;
  /**
   * The figures the Totaalbeeld shows for exactly the same rows — all rows of one pijler of a
   * periode, or all rows of a periode — when the block is such rows.
   */
  zelfdeRegels?: Cijfers;
}

/**
 * For the opgave rows of a block (indices into `Invoer.opgave`, the rows that count): in how
 * many perioden they lie and, when they are exactly a pijler or a periode, its figures.
 * The places of the rows are found once, on the first question.
 */
export function blokLigging(
  groups: readonly PeriodeGroep[],
  results: readonly PeriodeResultaat[],
): (rows: readonly number[]) => BlokLigging {
  let waar: Map<number, { periode: number; pijler: number }> | undefined;
  const aantal = new Map<string, number>();
  const tel = (key: string) => aantal.set(key, (aantal.get(key) ?? 0) + 1);
  const plaatsen = () => {
    if (waar) return waar;
    waar = new Map();
    groups.forEach((per, i) =>
      per.pijlers.forEach((p, j) =>
        p.groepen.forEach((g) =>
          g.opgaveRijen.forEach((r) => {
            waar!.set(r.index, { periode: i, pijler: j });
            tel(`${i}`);
            tel(`${i}|${j}`);
          }),
        ),
      ),
    );
    return waar;
  };
  return (rows) => {
    const plekken = rows.map((r) => plaatsen().get(r)).filter((p) => p !== undefined);
    const perioden = new Set(plekken.map((p) => p.periode));
    if (perioden.size !== 1) return { perioden: perioden.size };
    const i = plekken[0].periode;
    const pijlers = new Set(plekken.map((p) => p.pijler));
    const j = plekken[0].pijler;
    if (pijlers.size === 1 && aantal.get(`${i}|${j}`) === plekken.length) return { perioden: 1, zelfdeRegels: results[i].pijlers[j] };
    if (aantal.get(`${i}`) === plekken.length) return { perioden: 1, zelfdeRegels: results[i].totaal };
    return { perioden: 1 };
  };
}
