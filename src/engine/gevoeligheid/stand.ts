import { sum, ZERO, type Dec } from '../decimal';
import { rest } from '../formulas';
import { normalize, onderdeelKey } from '../names';
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

/** Σ of one figure over onderdelen. */
export const som = (o: readonly OnderdeelCijfers[], f: (x: OnderdeelCijfers) => Dec) => sum(o.map(f));
const plek = (o: OnderdeelCijfers) => `${onderdeelKey(o.onderdeel)}|${normalize(o.gebied)}`;

/**
 * A variant's state from its onderdelen recomputed by the model. Rijksdekking does not depend
 * on a key, so the pijler and the total are added up again as the model adds them (the pijler's
 * onderdelen in its order, the new ones in their place; then the pijlers), and their saldering
 * is the model's rest of that Rijksdeel against the same Rijksdekking: the same figures, to the
 * last digit, as the model gives the whole workbook with the key moved.
 */
export function variantStand(p: PeriodeResultaat, g: SleutelGroep, onderdelen: OnderdeelCijfers[]): Stand {
  const nieuw = new Map(onderdelen.map((o) => [plek(o), o]));
  const pijlers = p.pijlers.map((x) => {
    if (x.pijler !== g.pijler) return x;
    const alle = x.onderdelen.map((o) => nieuw.get(plek(o)) ?? o);
    return { ...x, rijksdeel: som(alle, (o) => o.rijksdeel), restRijksopgavePerOnderdeel: som(alle, (o) => o.restRijksopgave) };
  });
  const niveau = (rijksdeel: Dec, rijksdekking: Dec, perOnderdeel: Dec): Niveau => ({
    rijksdeel,
    rijksdekking,
    restRijksopgave: rest(rijksdeel, rijksdekking),
    restRijksopgavePerOnderdeel: perOnderdeel,
  });
  const pijler = pijlers.find((x) => x.pijler === g.pijler)!;
  return {
    onderdelen,
    pijler: niveau(pijler.rijksdeel, pijler.rijksdekking, pijler.restRijksopgavePerOnderdeel),
    totaal: niveau(sum(pijlers.map((x) => x.rijksdeel)), p.totaal.rijksdekking, sum(pijlers.map((x) => x.restRijksopgavePerOnderdeel))),
  };
}
