import { Dec, ZERO } from '../decimal';
import { normalize, onderdeelKey } from '../names';
import { groepKey, pijlerKey, type DekkingRij, type OpgaveRij } from '../invoer/rows';
import type { Melding, PeriodeInGebruik } from '../types';
import { perSpelling, sameNames } from './spelling';
import { allocate, target, type Target } from './toewijzing';

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
  /** Its place in `Indeling.groepen`. */
  nummer: number;
  /** The periode it lies in (its years make the yearly figures). */
  periode: PeriodeInGebruik;
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
  /** Its place in `Indeling.pijlers`. */
  nummer: number;
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
 * The perioden → pijlers → onderdelen of a computation, and the same as columns by row index
 * (what the exact integer path runs over, without visiting a row object again).
 */
export interface Indeling {
  perioden: PeriodeGroep[];
  /** Every onderdeel and every pijler, by its `nummer`. */
  groepen: OnderdeelGroep[];
  pijlers: PijlerGroep[];
  /** By opgave row index: the `nummer` of its onderdeel; −1 for a row that does not count. */
  groepVanOpgave: Int32Array;
  /** By dekking row index: the onderdeel it is allocated to whole; −1 at pillar level, naar rato, or not counted. */
  groepVanDekking: Int32Array;
  /** By dekking row index: its pijler, and whether it counts at pillar level only (1); −1 when it does not count. */
  pijlerVanDekking: Int32Array;
  pijlerniveau: Uint8Array;
}

/**
 * Builds perioden → pijlers → onderdelen in the order of their first row (opgave rows first,
 * then dekking rows that name a periode or pijler without opgave), and allocates every dekking
 * row to its onderdeel, to the gebieden of its onderdeel naar rato, or to the pillar as a whole.
 */
export function groepeer(
  opgave: readonly OpgaveRij[],
  dekking: readonly DekkingRij[],
  aantal: { opgave: number; dekking: number },
  meldingen: Melding[],
): Indeling {
  const alleGroepen: OnderdeelGroep[] = [];
  const allePijlers: PijlerGroep[] = [];
  const groepVanOpgave = new Int32Array(aantal.opgave).fill(-1);
  const groepVanDekking = new Int32Array(aantal.dekking).fill(-1);
  const pijlerVanDekking = new Int32Array(aantal.dekking).fill(-1);
  const pijlerniveau = new Uint8Array(aantal.dekking);
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
      p = {
        nummer: allePijlers.length,
        pijler: r.pijler,
        groepen: [],
        byOnderdeel: new Map(),
        dekking: ZERO,
        rijksdekking: ZERO,
        pijlerDekking: ZERO,
        pijlerRijksdekking: ZERO,
        dekkingRijen: [],
        pijlerRijen: [],
        naarRato: [],
      };
      per.pijlers.push(p);
      allePijlers.push(p);
      pijlers.set(key, p);
    }
    return p;
  };
  // A row's groep (and a dekking row's target) by its names as typed: rows repeat a few names, so
  // the normalized keys are made once per spelling, not once per row; a row with the names of
  // the row before it needs no lookup at all.
  const groepVan = perSpelling<OnderdeelGroep>();
  let vorige: OpgaveRij | undefined;
  let g: OnderdeelGroep | undefined;
  for (const row of opgave) {
    if (!g || !vorige || !sameNames(row, vorige)) g = groepVan(row, () => groepOf(row));
    g.opgaveRijen.push(row);
    groepVanOpgave[row.index] = g.nummer;
    vorige = row;
  }
  const naarRato = new Map<Map<string, OnderdeelGroep>, OnderdeelGroep[]>();
  const plaatsVan = perSpelling<{ pijler: PijlerGroep; to: Target }>();
  for (const row of dekking) {
    const plaats = plaatsVan(row, () => {
      const pijler = pijlerGroepVan(row);
      return { pijler, to: target(row, pijler, naarRato) };
    });
    allocate(row, plaats.pijler, plaats.to, meldingen);
    pijlerVanDekking[row.index] = plaats.pijler.nummer;
    if (plaats.to && !Array.isArray(plaats.to)) groepVanDekking[row.index] = plaats.to.nummer;
    else if (!plaats.to) pijlerniveau[row.index] = 1;
  }
  return {
    perioden: [...perioden.values()],
    groepen: alleGroepen,
    pijlers: allePijlers,
    groepVanOpgave,
    groepVanDekking,
    pijlerVanDekking,
    pijlerniveau,
  };

  function groepOf(row: OpgaveRij): OnderdeelGroep {
    const pijler = pijlerGroepVan(row);
    const key = groepKey(row);
    let g = groepen.get(key);
    if (!g) {
      g = {
        nummer: alleGroepen.length,
        periode: row.periode,
        onderdeel: row.onderdeel,
        gebied: row.gebied,
        opgaveRijen: [],
        opgave: ZERO,
        rijksdeel: ZERO,
        dekking: ZERO,
        rijksdekking: ZERO,
        dekkingRijen: [],
      };
      groepen.set(key, g);
      alleGroepen.push(g);
      pijler.groepen.push(g);
      const okey = onderdeelKey(row.onderdeel);
      const same = pijler.byOnderdeel.get(okey) ?? pijler.byOnderdeel.set(okey, new Map()).get(okey)!;
      same.set(normalize(row.gebied), g);
    }
    return g;
  }
}
