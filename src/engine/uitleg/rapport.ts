import type { PeriodeGroep } from '../bereken/groepen';
import type { Invoer, Resultaat } from '../types';
import type { Uitgelegd } from './figuur';
import { gebiedTabel, landelijkTabel } from './gebieden';
import { overPeriodenTabel } from './overPerioden';
import type { UitlegIndex } from './plaatsen';
import { ramingTabel } from './ramingen';
import type { Doel } from './types';

/** The figures of the report's tables (issue 16): Tabel 1 over all perioden, an onderdeel over its gebieden, a gebied, a source of the estimate. */
export type RapportDoel = Extract<Doel, { soort: 'overPerioden' | 'landelijk' | 'gebied' | 'raming' }>;

/** The explanations of a report table's figure, with its name; undefined for a doel that does not exist. */
export function rapportTabel(
  invoer: Invoer,
  groepen: readonly PeriodeGroep[],
  resultaat: Resultaat,
  idx: UitlegIndex,
  doel: RapportDoel,
): Uitgelegd<string> | undefined {
  if (doel.soort === 'overPerioden')
    return overPeriodenTabel(
      invoer,
      groepen.map((periode, i) => ({ periode, resultaat: resultaat.perioden[i] })),
    );
  if (doel.soort === 'landelijk') {
    const pijler = idx.pijler(doel.periode, doel.pijler);
    return pijler && landelijkTabel(invoer, pijler, doel.onderdeel);
  }
  const periode = idx.periode(doel.periode);
  const pijler = doel.pijler === undefined ? undefined : idx.pijler(doel.periode, doel.pijler);
  if (!periode || (doel.pijler !== undefined && !pijler)) return undefined;
  return doel.soort === 'gebied' ? gebiedTabel(invoer, periode, doel.gebied, pijler) : ramingTabel(invoer, periode, doel.raming, pijler);
}
