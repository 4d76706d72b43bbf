import { Dec, ONE, sum, ZERO } from '../decimal';
import { melding, engineTekst } from '../messages';
import { isPijlerniveauNaam, normalize, onderdeelKey } from '../names';
import { groepKey, pijlerKey, type DekkingRij, type OpgaveRij } from '../invoer/rows';
import type { Melding, PeriodeInGebruik } from '../types';

/** One onderdeel (and gebied) of a pijler in a periode, with the dekking allocated to it. */
export interface OnderdeelGroep {
  onderdeel: string;
  gebied: string;
  opgaveRijen: OpgaveRij[];
  opgave: Dec;
  rijksdeel: Dec;
  dekking: Dec;
  rijksdekking: Dec;
  /** The dekking rows allocated to it, with the share of each that counts here (for the Uitleg). */
  dekkingRijen: { row: DekkingRij; share: Dec }[];
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
}

export interface PeriodeGroep {
  def: PeriodeInGebruik;
  pijlers: PijlerGroep[];
}

/**
 * Builds perioden → pijlers → onderdelen in the order of their first row (opgave rows first,
 * then dekking rows that name a periode or pijler without opgave), and allocates every dekking
 * row to its onderdeel or to the pillar as a whole.
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
      p = { pijler: r.pijler, groepen: [], byOnderdeel: new Map(), dekking: ZERO, rijksdekking: ZERO, pijlerDekking: ZERO, pijlerRijksdekking: ZERO, dekkingRijen: [], pijlerRijen: [] };
      per.pijlers.push(p);
      pijlers.set(key, p);
    }
    return p;
  };
  // The groep of a row by its names as typed: rows repeat a few names, so the normalized key
  // (four lookups and a join) is made once per spelling, not once per row.
  const bySpelling = new Map<string, OnderdeelGroep>();
  for (const row of opgave) {
    const spelling = `${row.periode.periode}\u0000${row.pijler}\u0000${row.onderdeel}\u0000${row.gebied}`;
    let g = bySpelling.get(spelling);
    if (!g) bySpelling.set(spelling, (g = groepOf(row)));
    g.opgaveRijen.push(row);
    g.opgave = g.opgave.plus(row.opgave);
    g.rijksdeel = g.rijksdeel.plus(row.rijksdeel);
  }
  for (const row of dekking) allocate(row, pijlerGroepVan(row), meldingen);
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

type Shares = { groep: OnderdeelGroep; share: Dec }[];

/** Per onderdeel kept per gebied: the gebieden's shares of its opgave (all opgave is grouped before dekking is allocated). */
const proRata = new WeakMap<Map<string, OnderdeelGroep>, Shares>();

/** The onderdelen a dekking row goes to, with their shares; empty = pillar level. */
function targets(row: DekkingRij, pijler: PijlerGroep): Shares {
  const byGebied = pijler.byOnderdeel.get(onderdeelKey(row.onderdeel));
  const exact = byGebied?.get(normalize(row.gebied));
  if (exact) return [{ groep: exact, share: ONE }];
  if (row.gebied || !byGebied) return [];
  let shares = proRata.get(byGebied);
  if (!shares) {
    const same = [...byGebied.values()];
    // Dekking without gebied for an onderdeel kept per gebied: spread pro rata over the gebieden.
    const total = sum(same.map((g) => g.opgave));
    shares = same.map((groep, i) => ({ groep, share: total.isZero() ? (i === 0 ? ONE : ZERO) : groep.opgave.div(total) }));
    proRata.set(byGebied, shares);
  }
  return shares;
}

function allocate(row: DekkingRij, pijler: PijlerGroep, meldingen: Melding[]): void {
  const { totaal } = row;
  pijler.dekking = pijler.dekking.plus(totaal);
  pijler.rijksdekking = pijler.rijksdekking.plus(row.rijksfinanciering);
  pijler.dekkingRijen.push(row);
  const to = row.onderdeel ? targets(row, pijler) : [];
  for (const { groep, share } of to) {
    groep.dekking = groep.dekking.plus(share === ONE ? totaal : totaal.times(share));
    groep.rijksdekking = groep.rijksdekking.plus(share === ONE ? row.rijksfinanciering : row.rijksfinanciering.times(share));
    groep.dekkingRijen.push({ row, share });
  }
  if (to.length > 0) return;
  pijler.pijlerDekking = pijler.pijlerDekking.plus(totaal);
  pijler.pijlerRijksdekking = pijler.pijlerRijksdekking.plus(row.rijksfinanciering);
  pijler.pijlerRijen.push(row);
  if (!isPijlerniveauNaam(row.onderdeel)) {
    const naam = row.gebied ? `${row.onderdeel} (${row.gebied})` : row.onderdeel;
    meldingen.push(melding('waarschuwing', row.herkomst, 'onderdeel', engineTekst.dekkingZonderOpgave(naam, row.periode.periode, row.pijler)));
  }
}
