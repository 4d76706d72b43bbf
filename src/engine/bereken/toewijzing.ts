import { ONE } from '../decimal';
import { melding, engineTekst } from '../messages';
import { normalize, onderdeelKey, isPijlerniveauNaam } from '../names';
import type { DekkingRij } from '../invoer/rows';
import type { Melding } from '../types';
import type { OnderdeelGroep, PijlerGroep } from './groepen';

/** Where a dekking row goes: its onderdeel, the gebieden it is spread over, or nothing: pillar level. */
export type Target = OnderdeelGroep | OnderdeelGroep[] | undefined;

export function target(row: DekkingRij, pijler: PijlerGroep, naarRato: Map<Map<string, OnderdeelGroep>, OnderdeelGroep[]>): Target {
  if (!row.onderdeel) return undefined;
  const byGebied = pijler.byOnderdeel.get(onderdeelKey(row.onderdeel));
  const exact = byGebied?.get(normalize(row.gebied));
  if (exact) return exact;
  if (row.gebied || !byGebied) return undefined;
  let same = naarRato.get(byGebied);
  if (!same) naarRato.set(byGebied, (same = [...byGebied.values()]));
  return same;
}

export function allocate(row: DekkingRij, pijler: PijlerGroep, to: Target, meldingen: Melding[]): void {
  pijler.dekkingRijen.push(row);
  if (to && !Array.isArray(to)) {
    to.dekkingRijen.push({ row, share: ONE });
  } else if (to) {
    const toewijzingen = to.map((groep) => {
      const t = { row, share: ONE };
      groep.dekkingRijen.push(t);
      return t;
    });
    pijler.naarRato.push({ groepen: to, toewijzingen });
  } else {
    pijler.pijlerRijen.push(row);
    if (!isPijlerniveauNaam(row.onderdeel)) {
      const naam = row.gebied ? `${row.onderdeel} (${row.gebied})` : row.onderdeel;
      meldingen.push(
        melding('waarschuwing', row.herkomst, 'onderdeel', engineTekst.dekkingZonderOpgave(naam, row.periode.periode, row.pijler)),
      );
    }
  }
}
