import type { Dec } from '../decimal';
import { som, type Stand } from './stand';
import type { GevoeligheidCijfers } from './types';

/**
 * The figures around the key in one state of the periode; `sleutel` is the key as shown (the
 * one in force, or Rijksdeel ÷ opgave when the rows differ).
 */
export function gevoeligheidCijfers(s: Stand, sleutel: Dec): GevoeligheidCijfers {
  const o = s.onderdelen;
  return {
    sleutel,
    opgave: som(o, (x) => x.opgave),
    rijksdeel: som(o, (x) => x.rijksdeel),
    rijksdekking: som(o, (x) => x.rijksdekking),
    restOnderdeel: som(o, (x) => x.restRijksopgave),
    pijlerSaldering: s.pijler.restRijksopgave,
    pijlerPerOnderdeel: s.pijler.restRijksopgavePerOnderdeel,
    totaalSaldering: s.totaal.restRijksopgave,
    totaalPerOnderdeel: s.totaal.restRijksopgavePerOnderdeel,
  };
}

/** b − a, field by field. */
export function verschil(a: GevoeligheidCijfers, b: GevoeligheidCijfers): GevoeligheidCijfers {
  const out = {} as GevoeligheidCijfers;
  for (const k of Object.keys(a) as (keyof GevoeligheidCijfers)[]) out[k] = b[k].minus(a[k]);
  return out;
}
