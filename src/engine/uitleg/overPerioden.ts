import { Dec } from '../decimal';
import { overPerioden } from '../overzicht';
import type { Invoer } from '../types';
import { jarenTerm } from './bronnen';
import { totaalTabel } from './cijfers';
import { alsTerm, gedeeld, optelling, som, type Tabel, type Uitgelegd } from './figuur';
import type { PeriodePlaats } from './plaatsen';
import { TERM } from './onderdeel';
import type { OverPeriodenVeld } from './types';

/**
 * Tabel 1 over all perioden (overzicht.ts `overPerioden`): the sum of each periode's restopgave
 * (its saldering, named with its years), and per jaar over the perioden's years together.
 * Undefined without perioden.
 */
export function overPeriodenTabel(invoer: Invoer, perioden: readonly PeriodePlaats[]): Uitgelegd<OverPeriodenVeld> | undefined {
  const o = overPerioden(perioden.map((p) => p.resultaat));
  if (!o) return undefined;
  const opgeteld = (veld: 'restopgave' | 'restRijksopgave') =>
    optelling(
      perioden.map((p) => {
        const { periode, eersteJaar, laatsteJaar } = p.periode.def;
        const saldering = alsTerm(`${TERM[veld]} ${periode}`, totaalTabel(invoer, p)[veld]());
        return { ...saldering, bron: `saldering ${eersteJaar}–${laatsteJaar}${saldering.bron ? `: ${saldering.bron}` : ''}` };
      }),
      o[veld],
    );
  const jaren = som(
    'jaren',
    new Dec(o.jaren),
    perioden.map((p) => {
      const { periode, eersteJaar, laatsteJaar, jaren: n } = p.periode.def;
      return {
        label: periode,
        bedragen: [new Dec(n)],
        plekken: jarenTerm(invoer, p.periode.def).plekken,
        berekening: `${eersteJaar}–${laatsteJaar}`,
      };
    }),
  ).term;
  const t = (veld: 'restopgave' | 'restRijksopgave') => alsTerm(`${TERM[veld]} ${o.label}`, opgeteld(veld));
  const tabel: Tabel<OverPeriodenVeld> = {
    restopgave: () => opgeteld('restopgave'),
    restRijksopgave: () => opgeteld('restRijksopgave'),
    jaarlijkseRestopgave: () => gedeeld(t('restopgave'), jaren, o.jaarlijkseRestopgave),
    jaarlijkseRestRijksopgave: () => gedeeld(t('restRijksopgave'), jaren, o.jaarlijkseRestRijksopgave),
  };
  return { naam: `totaal ${o.label}`, tabel };
}
