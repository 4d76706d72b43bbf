import { Dec, sum } from '../decimal';
import type { Invoer } from '../types';
import { jarenTerm, sleutelTerm } from './bronnen';
import { alsTerm, type Figuur, gedeeld, getal, maal, som, somFiguur, type Tabel, term, verschil } from './figuur';
import type { OnderdeelPlaats } from './plaatsen';
import { dekkingSom, naamMetGebied, opgaveSom, rijksdeelSom } from './sommen';
import type { OnderdeelVeld } from './types';
import { VELDNAAM } from '../messages';

/** How the formulas name the figures (the engine's one table of field names). */
export const TERM = VELDNAAM;

/** MODEL.md "Per onderdeel g", with the onderdeel's rows and dekking rows. */
export function onderdeelTabel(invoer: Invoer, plaats: OnderdeelPlaats): Tabel<OnderdeelVeld> {
  const { groep: g, onderdeel: o, pijler } = plaats;
  const meer = g.opgaveRijen.length > 1;
  const dekking = (rijks: boolean, veld: 'dekking' | 'rijksdekking') =>
    dekkingSom(invoer, pijler, TERM[veld], g.dekkingRijen.map(({ row, share }) => ({ row, groep: g, share })), rijks, o[veld]);
  const t = (veld: OnderdeelVeld) => alsTerm(TERM[veld], f[veld]());
  const f: Tabel<OnderdeelVeld> = {
    opgave: () => somFiguur(meer ? 'Σ opgave van de regels' : 'opgave', opgaveSom('opgave', g.opgaveRijen, o.opgave)),
    verdeelsleutel: () => sleutel(invoer, plaats, t),
    rijksdeel: () =>
      meer
        ? somFiguur('Σ opgave × verdeelsleutel van de regels', rijksdeelSom(invoer, 'Rijksdeel', g.opgaveRijen, o.rijksdeel))
        : maal(t('opgave'), sleutelTerm(invoer, g.opgaveRijen[0]), o.rijksdeel),
    dekking: () => somFiguur('Σ (cofinanciering + Rijksfinanciering) van de dekkingsregels', dekking(false, 'dekking')),
    rijksdekking: () => somFiguur('Σ Rijksfinanciering van de dekkingsregels', dekking(true, 'rijksdekking')),
    restopgave: () => verschil(t('opgave'), t('dekking'), o.restopgave),
    restRijksopgave: () => verschil(t('rijksdeel'), t('rijksdekking'), o.restRijksopgave),
    overschot: () => verschil(t('dekking'), t('opgave'), o.overschot),
    rijksoverschot: () => verschil(t('rijksdekking'), t('rijksdeel'), o.rijksoverschot),
    jaarlijkseRestopgave: () => gedeeld(t('restopgave'), jarenTerm(invoer, plaats.periode.def), o.jaarlijkseRestopgave),
  };
  return f;
}

/**
 * The onderdeel's verdeelsleutel: the key of its rows when they share one; else the effective
 * key Rijksdeel / opgave; with no opgave to weigh by, the mean of the rows' keys.
 */
function sleutel(invoer: Invoer, plaats: OnderdeelPlaats, t: (veld: OnderdeelVeld) => ReturnType<typeof alsTerm>): Figuur {
  const { groep: g, onderdeel: o } = plaats;
  if (g.opgaveRijen.every((r) => r.sleutel.eq(o.verdeelsleutel))) {
    const eigen = sleutelTerm(invoer, g.opgaveRijen[0]);
    return { formule: 'verdeelsleutel', ingevuld: getal(o.verdeelsleutel, true), waarde: o.verdeelsleutel, termen: [eigen], procent: true };
  }
  if (!o.opgave.isZero()) return gedeeld(t('rijksdeel'), t('opgave'), o.verdeelsleutel, true);
  const keys = g.opgaveRijen.map((r) => sleutelTerm(invoer, r));
  const totaal = som('Σ verdeelsleutels', sum(keys.map((k) => k.waarde)), keys.map((k, i) => ({ label: naamMetGebied(g.opgaveRijen[i]), bedragen: [k.waarde], plekken: k.plekken })), true);
  return gedeeld(totaal.term, term('regels', new Dec(g.opgaveRijen.length)), o.verdeelsleutel, true);
}
