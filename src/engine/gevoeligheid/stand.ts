import { sum, ZERO, type Dec } from '../decimal';
import { rest } from '../formulas';
import { onderdeelKey } from '../names';
import type { OnderdeelCijfers, PeriodeResultaat } from '../types';
import type { SleutelGroep } from './sleutelGroepen';

/** The Rijk's figures of a pijler or a periode's total that a key can move. */
export interface Niveau {
  rijksdeel: Dec;
  rijksdekking: Dec;
  restRijksopgave: Dec;
  restRijksopgavePerOnderdeel: Dec;
}

/** One state of a key's periode (the base, or a variant): its onderdelen (per gebied), its pijler and the periode's total. */
export interface Stand {
  onderdelen: OnderdeelCijfers[];
  pijler: Niveau;
  totaal: Niveau;
}

const NUL: Niveau = { rijksdeel: ZERO, rijksdekking: ZERO, restRijksopgave: ZERO, restRijksopgavePerOnderdeel: ZERO };

/** The onderdelen (per gebied) of the group's pijler in a periode that its key moves. */
export function groepOnderdelen(p: PeriodeResultaat | undefined, g: SleutelGroep): OnderdeelCijfers[] {
  const pijler = p?.pijlers.find((x) => x.pijler === g.pijler);
  return (pijler?.onderdelen ?? []).filter((o) => g.onderdelen.has(onderdeelKey(o.onderdeel)));
}

/** The base state, from the model's result for the periode (none: all 0). */
export function basisStand(p: PeriodeResultaat | undefined, g: SleutelGroep): Stand {
  return { onderdelen: groepOnderdelen(p, g), pijler: p?.pijlers.find((x) => x.pijler === g.pijler) ?? NUL, totaal: p?.totaal ?? NUL };
}

const som = (o: readonly OnderdeelCijfers[], f: (x: OnderdeelCijfers) => Dec) => sum(o.map(f));

/**
 * A variant's state from its onderdelen recomputed by the model: Rijksdekking does not depend
 * on a key, so the pijler and the total take the change of the onderdelen' Rijksdeel and rests,
 * and their saldering is the model's rest of the new Rijksdeel against the same Rijksdekking.
 */
export function variantStand(basis: Stand, onderdelen: OnderdeelCijfers[]): Stand {
  const dRijksdeel = som(onderdelen, (o) => o.rijksdeel).minus(som(basis.onderdelen, (o) => o.rijksdeel));
  const dRest = som(onderdelen, (o) => o.restRijksopgave).minus(som(basis.onderdelen, (o) => o.restRijksopgave));
  const niveau = (n: Niveau): Niveau => {
    const rijksdeel = n.rijksdeel.plus(dRijksdeel);
    return {
      rijksdeel,
      rijksdekking: n.rijksdekking,
      restRijksopgave: rest(rijksdeel, n.rijksdekking),
      restRijksopgavePerOnderdeel: n.restRijksopgavePerOnderdeel.plus(dRest),
    };
  };
  return { onderdelen, pijler: niveau(basis.pijler), totaal: niveau(basis.totaal) };
}

export const somVan = som;
