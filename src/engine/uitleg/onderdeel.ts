import { Dec, sum } from '../decimal';
import type { Invoer } from '../types';
import { jarenTerm, sleutelTerm } from './bronnen';
import { alsTerm, type Figuur, gedeeld, getal, maal, som, somFiguur, type Tabel, term, verschil } from './figuur';
import type { OnderdeelPlaats } from './plaatsen';
import { dekkingSom, naamMetGebied, opgaveSom, rijksdeelSom } from './sommen';
import type { OnderdeelVeld, UitlegTerm } from './types';
import { VELDNAAM } from '../messages';

/** How the formulas name the figures (the engine's one table of field names). */
export const TERM = VELDNAAM;

/** MODEL.md "Per onderdeel g", with the onderdeel's rows and dekking rows. */
export function onderdeelTabel(invoer: Invoer, plaats: OnderdeelPlaats): Tabel<OnderdeelVeld> {
  const { groep: g, onderdeel: o, pijler } = plaats;
  const meer = g.opgaveRijen.length > 1;
  const dekking = (rijks: boolean, veld: 'dekking' | 'rijksdekking') =>
    dekkingSom(
      invoer,
      pijler,
      TERM[veld],
      g.dekkingRijen.map(({ row, share }) => ({ row, groep: g, share })),
      rijks,
      o[veld],
    );
  const t = (veld: OnderdeelVeld) => alsTerm(TERM[veld], f[veld]());
  const f: Tabel<OnderdeelVeld> = {
    opgave: () => somFiguur(meer ? 'Σ opgave van de regels' : 'opgave', opgaveSom('opgave', g.opgaveRijen, o.opgave)),
    verdeelsleutel: () =>
      sleutelFiguur(
        g.opgaveRijen.map((r) => ({ label: naamMetGebied(r), term: sleutelTerm(invoer, r) })),
        o.verdeelsleutel,
        t,
        'regels',
      ),
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

/** A key with what it is the key of (a row, a gebied). */
export interface Sleutel {
  label: string;
  term: UitlegTerm;
}

/**
 * The verdeelsleutel of several rows or gebieden together (formulas.ts gezamenlijkeSleutel):
 * the one key they share; else the effective key Rijksdeel / opgave; with no opgave to weigh
 * by, the mean of the keys (`per`: what they are counted as, `regels`, `gebieden`).
 */
export function sleutelFiguur(
  sleutels: readonly Sleutel[],
  waarde: Dec,
  t: (veld: 'opgave' | 'rijksdeel') => UitlegTerm,
  per: string,
): Figuur {
  if (sleutels.every((s) => s.term.waarde.eq(waarde))) {
    return { formule: 'verdeelsleutel', ingevuld: getal(waarde, true), waarde, termen: [sleutels[0].term], procent: true };
  }
  const opgave = t('opgave');
  if (!opgave.waarde.isZero()) return gedeeld(t('rijksdeel'), opgave, waarde, true);
  const totaal = som(
    'Σ verdeelsleutels',
    sum(sleutels.map((s) => s.term.waarde)),
    sleutels.map((s) => ({ label: s.label, bedragen: [s.term.waarde], plekken: s.term.plekken })),
    true,
  );
  return gedeeld(totaal.term, term(per, new Dec(sleutels.length)), waarde, true);
}
