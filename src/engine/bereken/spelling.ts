import type { PeriodeInGebruik } from '../types';

/** The names of a row as typed: its periode (resolved), pijler, onderdeel and gebied. */
export type Names = { periode: PeriodeInGebruik; pijler: string; onderdeel: string; gebied: string };
export const sameNames = (a: Names, b: Names) =>
  a.periode === b.periode && a.pijler === b.pijler && a.onderdeel === b.onderdeel && a.gebied === b.gebied;

/** A value per spelling of a row's names (periode, pijler, onderdeel, gebied as typed), made once by `make`. */
export function perSpelling<T>(): (row: Names, make: () => T) => T {
  const byPeriode = new Map<PeriodeInGebruik, Map<string, Map<string, Map<string, T>>>>();
  return (row, make) => {
    const byPijler = byPeriode.get(row.periode) ?? byPeriode.set(row.periode, new Map()).get(row.periode)!;
    const byOnderdeel = byPijler.get(row.pijler) ?? byPijler.set(row.pijler, new Map()).get(row.pijler)!;
    const byGebied = byOnderdeel.get(row.onderdeel) ?? byOnderdeel.set(row.onderdeel, new Map()).get(row.onderdeel)!;
    let value = byGebied.get(row.gebied);
    if (value === undefined) byGebied.set(row.gebied, (value = make()));
    return value;
  };
}
