import { sum, ZERO, type Dec } from '../decimal';
import { onderdeelKey } from '../names';
import type { OnderdeelCijfers, PeriodeResultaat } from '../types';
import type { SleutelGroep } from './sleutelGroepen';
import type { GevoeligheidCijfers } from './types';

/** The onderdelen (per gebied) of the group's pijler in a periode that its key moves. */
export function groepOnderdelen(p: PeriodeResultaat | undefined, g: SleutelGroep): OnderdeelCijfers[] {
  const pijler = p?.pijlers.find((x) => x.pijler === g.pijler);
  return (pijler?.onderdelen ?? []).filter((o) => g.onderdelen.has(onderdeelKey(o.onderdeel)));
}

/**
 * The figures around the key in one state of the periode; `sleutel` is the key as shown (the
 * one in force, or Rijksdeel ÷ opgave when the rows differ).
 */
export function gevoeligheidCijfers(p: PeriodeResultaat | undefined, g: SleutelGroep, sleutel: Dec): GevoeligheidCijfers {
  const onderdelen = groepOnderdelen(p, g);
  const som = (f: (o: OnderdeelCijfers) => Dec) => sum(onderdelen.map(f));
  const pijler = p?.pijlers.find((x) => x.pijler === g.pijler);
  return {
    sleutel,
    opgave: som((o) => o.opgave),
    rijksdeel: som((o) => o.rijksdeel),
    rijksdekking: som((o) => o.rijksdekking),
    restOnderdeel: som((o) => o.restRijksopgave),
    pijlerSaldering: pijler?.restRijksopgave ?? ZERO,
    pijlerPerOnderdeel: pijler?.restRijksopgavePerOnderdeel ?? ZERO,
    totaalSaldering: p?.totaal.restRijksopgave ?? ZERO,
    totaalPerOnderdeel: p?.totaal.restRijksopgavePerOnderdeel ?? ZERO,
  };
}

/** b − a, field by field. */
export function verschil(a: GevoeligheidCijfers, b: GevoeligheidCijfers): GevoeligheidCijfers {
  const out = {} as GevoeligheidCijfers;
  for (const k of Object.keys(a) as (keyof GevoeligheidCijfers)[]) out[k] = b[k].minus(a[k]);
  return out;
}
