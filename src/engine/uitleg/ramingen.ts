import { normalize } from '../names';
import type { Invoer } from '../types';
import { somFiguur, type Tabel, type Uitgelegd } from './figuur';
import type { PeriodePlaats, PijlerPlaats } from './plaatsen';
import { opgaveSom, rijksdeelSom } from './sommen';

type RamingVeld = 'opgave' | 'rijksdeel';

/** How bereken/ramingen.ts tells sources apart: by normalized name; '' for rows that name none. */
const ramingKey = (naam: string | undefined) => (naam ? normalize(naam) : '');

/** `Synthese 2024`; rows without a source as Tabel 2's column. */
export const ramingNaam = (naam: string) => naam || 'overig';

/**
 * Tabel 2's opgave (or Rijksdeel) from one source of the estimate, in a pijler or the periode's
 * total (`PijlerResultaat.perRaming`, `PeriodeResultaat.perRaming`): Σ over the rows that count
 * and name that source (`raming` '': those that name none), each with its cell. Undefined when
 * the periode has no such source.
 */
export function ramingTabel(
  invoer: Invoer,
  plaats: PeriodePlaats,
  raming: string,
  pijler?: PijlerPlaats,
): Uitgelegd<RamingVeld> | undefined {
  const namen = plaats.resultaat.ramingen ?? [];
  const i = namen.findIndex((n) => ramingKey(n) === ramingKey(raming));
  const deel = (pijler ? pijler.pijlerResultaat : plaats.resultaat).perRaming?.[i];
  if (!deel) return undefined;
  const pijlers = pijler ? [pijler.pijler] : plaats.periode.pijlers;
  const rijen = pijlers
    .flatMap((p) => p.groepen.flatMap((g) => g.opgaveRijen))
    .filter((r) => ramingKey(invoer.opgave[r.index].bronRaming) === ramingKey(raming))
    .sort((a, b) => a.index - b.index);
  const welke = namen[i] ? `met bron raming ${namen[i]}` : 'zonder bron raming';
  const tabel: Tabel<RamingVeld> = {
    opgave: () => somFiguur(`Σ opgave van de regels ${welke}`, opgaveSom('opgave', rijen, deel.opgave)),
    rijksdeel: () =>
      somFiguur(`Σ opgave × verdeelsleutel van de regels ${welke}`, rijksdeelSom(invoer, 'Rijksdeel', rijen, deel.rijksdeel)),
  };
  const waar = pijler ? pijler.pijlerResultaat.pijler : 'totaal';
  return { naam: `${waar} ${plaats.periode.def.periode}, bron raming ${ramingNaam(namen[i])}`, tabel };
}
