import type { Dec } from '../decimal';
import type { Invoer, RegelCijfers } from '../types';
import { jarenTerm, sleutelTerm } from './bronnen';
import { alsTerm, type Figuur, gedeeld, getal, maal, type Tabel, term, verschil } from './figuur';
import type { OnderdeelPlaats } from './plaatsen';
import { onderdeelTabel, TERM } from './onderdeel';
import { plekken } from './plek';
import type { UitlegTerm } from './types';

type RegelVeld = keyof RegelCijfers;

/**
 * A row's share of a whole (rowShares.ts): whole × the row's part / the onderdeel's total;
 * when that total is 0 the first row (n = 0) gets all of it.
 */
function aandeel(geheel: UitlegTerm, deel: UitlegTerm, totaal: UitlegTerm, n: number, waarde: Dec): Figuur {
  if (totaal.waarde.isZero()) {
    const reden = `${totaal.naam} is 0: de eerste regel van het onderdeel krijgt alles`;
    return n === 0
      ? { formule: `${geheel.naam} (${reden})`, ingevuld: getal(geheel.waarde), waarde, termen: [geheel] }
      : { formule: `0 (${reden})`, ingevuld: '0', waarde, termen: [] };
  }
  const ingevuld = `${getal(geheel.waarde)} × ${getal(deel.waarde)} / ${getal(totaal.waarde)}`;
  return { formule: `${geheel.naam} × ${deel.naam} / ${totaal.naam}`, ingevuld, waarde, termen: [geheel, deel, totaal] };
}

/**
 * The columns of a row of an onderdeel with several rows (rowShares.ts): its own Rijksdeel; of
 * the onderdeel's dekking its share by opgave, of the Rijksdekking its share by Rijksdeel; the
 * rest by the model's formulas from the row's own figures.
 */
export function regelTabel(invoer: Invoer, plaats: OnderdeelPlaats, figuren: RegelCijfers, n: number): Tabel<RegelVeld> {
  const row = plaats.groep.opgaveRijen[n];
  const ond = onderdeelTabel(invoer, plaats);
  const vanOnderdeel = (veld: 'opgave' | 'dekking' | 'rijksdeel' | 'rijksdekking') => alsTerm(`${TERM[veld]} onderdeel`, ond[veld]());
  const opgave = term('opgave', row.opgave, { plekken: plekken(row.herkomst, 'opgave') });
  const t = (veld: RegelVeld) => alsTerm(TERM[veld], f[veld]());
  const f: Tabel<RegelVeld> = {
    rijksdeel: () => maal(opgave, sleutelTerm(invoer, row), figuren.rijksdeel),
    dekking: () => aandeel(vanOnderdeel('dekking'), { ...opgave, naam: 'opgave regel' }, vanOnderdeel('opgave'), n, figuren.dekking),
    rijksdekking: () =>
      aandeel(vanOnderdeel('rijksdekking'), alsTerm('Rijksdeel regel', f.rijksdeel()), vanOnderdeel('rijksdeel'), n, figuren.rijksdekking),
    restopgave: () => verschil(opgave, t('dekking'), figuren.restopgave),
    restRijksopgave: () => verschil(t('rijksdeel'), t('rijksdekking'), figuren.restRijksopgave),
    jaarlijkseRestopgave: () => gedeeld(t('restopgave'), jarenTerm(invoer, plaats.periode.def), figuren.jaarlijkseRestopgave),
    overschot: () => verschil(t('dekking'), opgave, figuren.overschot),
  };
  return f;
}
