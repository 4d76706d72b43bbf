import type { Dec } from '../decimal';
import { periodeKey } from '../invoer/perioden';
import { normalize, onderdeelKey, pijlerKey } from '../names';
import { landelijk } from '../overzicht';
import type { Cijfers, OnderdeelCijfers, Resultaat } from '../types';
import { samen } from './koppeling';
import type { VergelijkVeld } from './types';

/** The figures of one node of a result (periode, pijler, onderdeel over its gebieden, gebied). */
export interface KnoopCijfers {
  naam: string;
  bedragen: Record<VergelijkVeld, Dec>;
  /** The keys of its children, in the order of the result. */
  kinderen: string[];
}

/** Every node of a result by its key (the periode's key for a periode, `periode␟pijler…` below it), and the perioden's keys in order. */
export interface CijferBoom {
  perioden: string[];
  knopen: Map<string, KnoopCijfers>;
}

const bedragen = (
  c: Cijfers | OnderdeelCijfers,
  perOnderdeel: Pick<Cijfers, 'restopgavePerOnderdeel' | 'restRijksopgavePerOnderdeel'>,
): Record<VergelijkVeld, Dec> => ({
  opgave: c.opgave,
  dekking: c.dekking,
  rijksdeel: c.rijksdeel,
  rijksdekking: c.rijksdekking,
  restopgave: c.restopgave,
  restRijksopgave: c.restRijksopgave,
  ...perOnderdeel,
});

const vanCijfers = (c: Cijfers) =>
  bedragen(c, { restopgavePerOnderdeel: c.restopgavePerOnderdeel, restRijksopgavePerOnderdeel: c.restRijksopgavePerOnderdeel });

/** An onderdeel or gebied: its restopgave is per onderdeel, so both methods give the same figure. */
const vanOnderdeel = (c: OnderdeelCijfers) =>
  bedragen(c, { restopgavePerOnderdeel: c.restopgave, restRijksopgavePerOnderdeel: c.restRijksopgave });

/** The figures of a result per node, from the engine's own figures: `PeriodeResultaat.totaal`, the pijlers, `landelijk` per onderdeel. */
export function cijferBoom(r: Resultaat): CijferBoom {
  const boom = new Map<string, KnoopCijfers>();
  const perioden: string[] = [];
  for (const p of r.perioden) {
    const pk = periodeKey(p.periode);
    perioden.push(pk);
    const pijlers: string[] = [];
    boom.set(pk, { naam: p.periode, bedragen: vanCijfers(p.totaal), kinderen: pijlers });
    for (const x of p.pijlers) {
      const xk = samen(pk, pijlerKey(x.pijler));
      pijlers.push(xk);
      const onderdelen: string[] = [];
      boom.set(xk, { naam: x.pijler, bedragen: vanCijfers(x), kinderen: onderdelen });
      for (const { totaal, gebieden } of landelijk(x, p.jaren)) {
        const ok = samen(xk, onderdeelKey(totaal.onderdeel));
        onderdelen.push(ok);
        const namen = gebieden.map((g) => samen(ok, normalize(g.gebied)));
        boom.set(ok, { naam: totaal.onderdeel, bedragen: vanOnderdeel(totaal), kinderen: namen });
        gebieden.forEach((g, i) => boom.set(namen[i], { naam: g.gebied, bedragen: vanOnderdeel(g), kinderen: [] }));
      }
    }
  }
  return { perioden, knopen: boom };
}
