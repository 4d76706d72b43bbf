import type { OnderdeelGroep, PeriodeGroep, PijlerGroep } from '../bereken/groepen';
import { normalize, onderdeelKey, pijlerKey } from '../names';
import { periodeKey } from '../invoer/perioden';
import type { OnderdeelCijfers, PeriodeResultaat, PijlerResultaat, Resultaat } from '../types';

export interface PeriodePlaats {
  periode: PeriodeGroep;
  resultaat: PeriodeResultaat;
}

export interface PijlerPlaats extends PeriodePlaats {
  pijler: PijlerGroep;
  pijlerResultaat: PijlerResultaat;
}

export interface OnderdeelPlaats extends PijlerPlaats {
  groep: OnderdeelGroep;
  onderdeel: OnderdeelCijfers;
}

/** Where the figures of a doel are: its groups and its part of the result, found by name or row. */
export interface UitlegIndex {
  periode(naam: string): PeriodePlaats | undefined;
  pijler(periode: string, pijler: string): PijlerPlaats | undefined;
  onderdeel(periode: string, pijler: string, onderdeel: string, gebied: string): OnderdeelPlaats | undefined;
  /** The onderdeel of an opgave row that counts. */
  regel(index: number): OnderdeelPlaats | undefined;
}

const periodePijlerKey = (periode: string, pijler: string) => `${periodeKey(periode)}|${pijlerKey(pijler)}`;
const onderdeelSleutel = (periode: string, pijler: string, onderdeel: string, gebied: string) =>
  `${periodePijlerKey(periode, pijler)}|${onderdeelKey(onderdeel)}|${normalize(gebied)}`;

/** Walks the groups and the result (same order, see groepCijfers) once. */
export function maakIndex(groepen: readonly PeriodeGroep[], resultaat: Resultaat): UitlegIndex {
  const perioden = new Map<string, PeriodePlaats>();
  const pijlers = new Map<string, PijlerPlaats>();
  const onderdelen = new Map<string, OnderdeelPlaats>();
  const regels: OnderdeelPlaats[] = [];
  groepen.forEach((periode, i) => {
    const pp: PeriodePlaats = { periode, resultaat: resultaat.perioden[i] };
    perioden.set(periodeKey(periode.def.periode), pp);
    periode.pijlers.forEach((pijler, j) => {
      const pl: PijlerPlaats = { ...pp, pijler, pijlerResultaat: pp.resultaat.pijlers[j] };
      pijlers.set(periodePijlerKey(periode.def.periode, pijler.pijler), pl);
      pijler.groepen.forEach((groep, k) => {
        const op: OnderdeelPlaats = { ...pl, groep, onderdeel: pl.pijlerResultaat.onderdelen[k] };
        onderdelen.set(onderdeelSleutel(periode.def.periode, pijler.pijler, groep.onderdeel, groep.gebied), op);
        for (const row of groep.opgaveRijen) regels[row.index] = op;
      });
    });
  });
  return {
    periode: (naam) => perioden.get(periodeKey(naam)),
    pijler: (periode, pijler) => pijlers.get(periodePijlerKey(periode, pijler)),
    onderdeel: (...namen) => onderdelen.get(onderdeelSleutel(...namen)),
    regel: (index) => regels[index],
  };
}
