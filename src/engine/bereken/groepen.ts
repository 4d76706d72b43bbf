import { Dec, ONE, ZERO } from '../decimal';
import { melding, engineTekst } from '../messages';
import { isPijlerniveauNaam, normalize, onderdeelKey } from '../names';
import { groepKey, pijlerKey, type DekkingRij, type OpgaveRij } from '../invoer/rows';
import type { Melding, PeriodeInGebruik } from '../types';

/** A dekking row allocated to an onderdeel, with the share of it that counts there. */
export interface Toewijzing {
  row: DekkingRij;
  share: Dec;
}

/**
 * One onderdeel (and gebied) of a pijler in a periode, with the dekking allocated to it.
 * `groepeer` gives its rows; its amounts are 0 until the sums are made (`sommen.ts`, or the exact
 * integer path in `integer/`).
 */
export interface OnderdeelGroep {
  onderdeel: string;
  gebied: string;
  opgaveRijen: OpgaveRij[];
  opgave: Dec;
  rijksdeel: Dec;
  dekking: Dec;
  rijksdekking: Dec;
  /** The dekking rows allocated to it, with the share of each that counts here (for the Uitleg). */
  dekkingRijen: Toewijzing[];
}

/** A dekking row without gebied for an onderdeel kept per gebied: spread over the gebieden by their opgave. */
export interface NaarRato {
  groepen: OnderdeelGroep[];
  /** Its allocation to each of `groepen`, in the same order; the shares are set with the sums. */
  toewijzingen: Toewijzing[];
}

export interface PijlerGroep {
  pijler: string;
  groepen: OnderdeelGroep[];
  /** The groepen by onderdeelKey and then by normalized gebied, to allocate dekking without a search. */
  byOnderdeel: Map<string, Map<string, OnderdeelGroep>>;
  /** All dekking of the pijler, pillar-level rows included. */
  dekking: Dec;
  rijksdekking: Dec;
  pijlerDekking: Dec;
  pijlerRijksdekking: Dec;
  /** Every dekking row of the pijler, and those counted at pillar level only (for the Uitleg). */
  dekkingRijen: DekkingRij[];
  pijlerRijen: DekkingRij[];
  /** The dekking rows spread naar rato over the gebieden of an onderdeel. */
  naarRato: NaarRato[];
}

export interface PeriodeGroep {
  def: PeriodeInGebruik;
  pijlers: PijlerGroep[];
}

/**
 * Builds perioden → pijlers → onderdelen in the order of their first row (opgave rows first,
 * then dekking rows that name a periode or pijler without opgave), and allocates every dekking
 * row to its onderdeel, to the gebieden of its onderdeel naar rato, or to the pillar as a whole.
 */
export function groepeer(opgave: readonly OpgaveRij[], dekking: readonly DekkingRij[], meldingen: Melding[]): PeriodeGroep[] {
  const perioden = new Map<string, PeriodeGroep>();
  const pijlers = new Map<string, PijlerGroep>();
  const groepen = new Map<string, OnderdeelGroep>();
  const pijlerGroepVan = (r: { periode: PeriodeInGebruik; pijler: string }) => {
    const key = pijlerKey(r);
    let p = pijlers.get(key);
    if (!p) {
      const periodeKey = normalize(r.periode.periode);
      let per = perioden.get(periodeKey);
      if (!per) perioden.set(periodeKey, (per = { def: r.periode, pijlers: [] }));
      p = { pijler: r.pijler, groepen: [], byOnderdeel: new Map(), dekking: ZERO, rijksdekking: ZERO, pijlerDekking: ZERO, pijlerRijksdekking: ZERO, dekkingRijen: [], pijlerRijen: [], naarRato: [] };
      per.pijlers.push(p);
      pijlers.set(key, p);
    }
    return p;
  };
  // The groep of a row by its names as typed: rows repeat a few names, so the normalized key
  // (four lookups and a join) is made once per spelling, not once per row; the spellings are
  // looked up name by name (no string made per row), and a row of the previous row's groep not at all.
  const bySpelling = new Map<PeriodeInGebruik, Map<string, Map<string, Map<string, OnderdeelGroep>>>>();
  let vorige: OpgaveRij | undefined;
  let g: OnderdeelGroep | undefined;
  for (const row of opgave) {
    if (!g || !vorige || row.periode !== vorige.periode || row.pijler !== vorige.pijler || row.onderdeel !== vorige.onderdeel || row.gebied !== vorige.gebied) {
      const perPijler = bySpelling.get(row.periode) ?? bySpelling.set(row.periode, new Map()).get(row.periode)!;
      const perOnderdeel = perPijler.get(row.pijler) ?? perPijler.set(row.pijler, new Map()).get(row.pijler)!;
      const perGebied = perOnderdeel.get(row.onderdeel) ?? perOnderdeel.set(row.onderdeel, new Map()).get(row.onderdeel)!;
      g = perGebied.get(row.gebied);
      if (!g) perGebied.set(row.gebied, (g = groepOf(row)));
    }
    g.opgaveRijen.push(row);
    vorige = row;
  }
  const naarRato = new Map<Map<string, OnderdeelGroep>, OnderdeelGroep[]>();
  for (const row of dekking) allocate(row, pijlerGroepVan(row), naarRato, meldingen);
  return [...perioden.values()];

  function groepOf(row: OpgaveRij): OnderdeelGroep {
    const pijler = pijlerGroepVan(row);
    const key = groepKey(row);
    let g = groepen.get(key);
    if (!g) {
      g = { onderdeel: row.onderdeel, gebied: row.gebied, opgaveRijen: [], opgave: ZERO, rijksdeel: ZERO, dekking: ZERO, rijksdekking: ZERO, dekkingRijen: [] };
      groepen.set(key, g);
      pijler.groepen.push(g);
      const okey = onderdeelKey(row.onderdeel);
      const same = pijler.byOnderdeel.get(okey) ?? pijler.byOnderdeel.set(okey, new Map()).get(okey)!;
      same.set(normalize(row.gebied), g);
    }
    return g;
  }
}

/** The onderdeel a dekking row goes to, the gebieden it is spread over, or nothing: pillar level. */
function target(row: DekkingRij, pijler: PijlerGroep, naarRato: Map<Map<string, OnderdeelGroep>, OnderdeelGroep[]>): OnderdeelGroep | OnderdeelGroep[] | undefined {
  if (!row.onderdeel) return undefined;
  const byGebied = pijler.byOnderdeel.get(onderdeelKey(row.onderdeel));
  const exact = byGebied?.get(normalize(row.gebied));
  if (exact) return exact;
  if (row.gebied || !byGebied) return undefined;
  let same = naarRato.get(byGebied);
  if (!same) naarRato.set(byGebied, (same = [...byGebied.values()]));
  return same;
}

function allocate(row: DekkingRij, pijler: PijlerGroep, naarRato: Map<Map<string, OnderdeelGroep>, OnderdeelGroep[]>, meldingen: Melding[]): void {
  pijler.dekkingRijen.push(row);
  const to = target(row, pijler, naarRato);
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
      meldingen.push(melding('waarschuwing', row.herkomst, 'onderdeel', engineTekst.dekkingZonderOpgave(naam, row.periode.periode, row.pijler)));
    }
  }
}
