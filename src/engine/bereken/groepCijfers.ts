import { type Dec, sum, ZERO } from '../decimal';
import { gezamenlijkeSleutel, overschot, perJaar, rest } from '../formulas';
import { shareRow, verhouding, type Verhouding } from './rowShares';
import type { Indeling, OnderdeelGroep, PeriodeGroep, PijlerGroep } from './groepen';
import type { OpgaveRij } from '../invoer/rows';
import { melding, engineTekst } from '../messages';
import type { Cijfers, Melding, OnderdeelCijfers, PeriodeResultaat, PijlerResultaat, RegelCijfers } from '../types';

/** MODEL.md "Per onderdeel g". */
function onderdeelCijfers(g: OnderdeelGroep, jaren: number): OnderdeelCijfers {
  const restopgave = rest(g.opgave, g.dekking);
  return {
    onderdeel: g.onderdeel,
    gebied: g.gebied,
    opgave: g.opgave,
    verdeelsleutel: gezamenlijkeSleutel(
      g.opgaveRijen.map((r) => r.sleutel),
      g.opgave,
      g.rijksdeel,
    ),
    rijksdeel: g.rijksdeel,
    dekking: g.dekking,
    rijksdekking: g.rijksdekking,
    restopgave,
    restRijksopgave: rest(g.rijksdeel, g.rijksdekking),
    overschot: overschot(g.opgave, g.dekking),
    rijksoverschot: overschot(g.rijksdeel, g.rijksdekking),
    jaarlijkseRestopgave: perJaar(restopgave, jaren),
    regels: g.opgaveRijen.map((r) => r.index),
  };
}

type Som = Omit<Cijfers, 'restopgave' | 'restRijksopgave' | 'jaarlijkseRestopgave' | 'jaarlijkseRestRijksopgave'>;

/** Both methods (MODEL.md "Per pijler"): saldering on the sums, and per onderdeel. */
function methods(s: Som, jaren: number): Cijfers {
  const restopgave = rest(s.opgave, s.dekking);
  const restRijksopgave = rest(s.rijksdeel, s.rijksdekking);
  return {
    ...s,
    restopgave,
    restRijksopgave,
    jaarlijkseRestopgave: perJaar(restopgave, jaren),
    jaarlijkseRestRijksopgave: perJaar(restRijksopgave, jaren),
  };
}

const SOM_FIELDS = [
  'opgave',
  'rijksdeel',
  'dekking',
  'rijksdekking',
  'restopgavePerOnderdeel',
  'restRijksopgavePerOnderdeel',
  'overschot',
  'rijksoverschot',
  'pijlerDekking',
  'pijlerRijksdekking',
] as const;

function addUp(parts: readonly Som[]): Som {
  const out = {} as Record<(typeof SOM_FIELDS)[number], Dec>;
  for (const f of SOM_FIELDS) out[f] = sum(parts.map((p) => p[f]));
  return out;
}

function pijlerResultaat(p: PijlerGroep, jaren: number): PijlerResultaat {
  const onderdelen = p.groepen.map((g) => onderdeelCijfers(g, jaren));
  const of = (f: keyof OnderdeelCijfers) => sum(onderdelen.map((o) => o[f] as Dec));
  const som: Som = {
    opgave: of('opgave'),
    rijksdeel: of('rijksdeel'),
    dekking: p.dekking,
    rijksdekking: p.rijksdekking,
    restopgavePerOnderdeel: of('restopgave'),
    restRijksopgavePerOnderdeel: of('restRijksopgave'),
    overschot: of('overschot'),
    rijksoverschot: of('rijksoverschot'),
    pijlerDekking: p.pijlerDekking,
    pijlerRijksdekking: p.pijlerRijksdekking,
  };
  return { pijler: p.pijler, ...methods(som, jaren), onderdelen };
}

export function groepCijfers(perioden: readonly PeriodeGroep[]): PeriodeResultaat[] {
  return perioden.map(({ def, pijlers }) => {
    const results = pijlers.map((p) => pijlerResultaat(p, def.jaren));
    return {
      periode: def.periode,
      eersteJaar: def.eersteJaar,
      laatsteJaar: def.laatsteJaar,
      jaren: def.jaren,
      pijlers: results,
      totaal: methods(addUp(results), def.jaren),
    };
  });
}

/**
 * Each opgave row's columns, by its index, computed when asked for: a row that is its onderdeel
 * gets the onderdeel's figures; rows of an onderdeel with several rows get their shares
 * (`shareRow`); a row in no onderdeel (its scenario is off) gets zeros.
 */
export function regelLezer(
  indeling: Indeling,
  results: readonly PeriodeResultaat[],
  rijen: readonly OpgaveRij[],
): (index: number) => RegelCijfers {
  // Each onderdeel's figures by its `nummer`, found once (the row's onderdeel is `groepVanOpgave`).
  let onderdelen: OnderdeelCijfers[] | undefined;
  const verhoudingen = new Map<OnderdeelGroep, Verhouding>();
  const leeg = legeRegelCijfers();
  return (index) => {
    const nummer = indeling.groepVanOpgave[index] ?? -1;
    if (nummer < 0) return leeg;
    onderdelen ??= onderdeelCijfersPerNummer(indeling, results);
    const g = indeling.groepen[nummer];
    if (g.opgaveRijen.length === 1) {
      const { rijksdeel, dekking, rijksdekking, restopgave, restRijksopgave, jaarlijkseRestopgave, overschot } = onderdelen[nummer];
      return { rijksdeel, dekking, rijksdekking, restopgave, restRijksopgave, jaarlijkseRestopgave, overschot };
    }
    let v = verhoudingen.get(g);
    if (!v) verhoudingen.set(g, (v = verhouding(g)));
    return shareRow(g, v, rijen[index], g.periode.jaren);
  };
}

// The result's onderdelen by their groep's `nummer` (results and groepen go in the same order).
function onderdeelCijfersPerNummer(indeling: Indeling, results: readonly PeriodeResultaat[]): OnderdeelCijfers[] {
  const out: OnderdeelCijfers[] = new Array(indeling.groepen.length);
  indeling.perioden.forEach((per, i) =>
    per.pijlers.forEach((p, j) => p.groepen.forEach((g, k) => (out[g.nummer] = results[i].pijlers[j].onderdelen[k]))),
  );
  return out;
}

export function legeRegelCijfers(): RegelCijfers {
  return {
    rijksdeel: ZERO,
    dekking: ZERO,
    rijksdekking: ZERO,
    restopgave: ZERO,
    restRijksopgave: ZERO,
    jaarlijkseRestopgave: ZERO,
    overschot: ZERO,
  };
}

/**
 * Warnings about the figures: an overschot on an onderdeel; a saldering clamped at zero.
 * Computed figures are shown with `decimalen` (the output columns'), see `toonVerschil`.
 */
export function cijferWaarschuwingen(
  perioden: readonly PeriodeGroep[],
  results: readonly PeriodeResultaat[],
  decimalen?: number,
): Melding[] {
  const out: Melding[] = [];
  results.forEach((per, i) =>
    per.pijlers.forEach((p, j) => {
      p.onderdelen.forEach((o, k) => {
        if (o.overschot.isZero()) return;
        const first = perioden[i].pijlers[j].groepen[k].opgaveRijen[0];
        const naam = o.gebied ? `${o.onderdeel} (${o.gebied})` : o.onderdeel;
        out.push(
          melding(
            'waarschuwing',
            first.herkomst,
            'opgave',
            engineTekst.overschot(naam, per.periode, { waarde: o.dekking, decimalen }, { waarde: o.opgave, decimalen }),
          ),
        );
      });
      if (p.dekking.gt(p.opgave)) {
        const first = perioden[i].pijlers[j].groepen[0]?.opgaveRijen[0];
        out.push(melding('waarschuwing', first?.herkomst, 'opgave', engineTekst.afgekapt(p.pijler, per.periode)));
      }
    }),
  );
  return out;
}
