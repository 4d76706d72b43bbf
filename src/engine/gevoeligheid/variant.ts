import { bereken } from '../bereken/bereken';
import { Dec, ONE, ZERO } from '../decimal';
import { periodeFinder, periodeKey } from '../invoer/perioden';
import { canonicalPijler, onderdeelKey } from '../names';
import { engineTekst } from '../messages';
import type { DekkingInvoer, Invoer, Melding, OpgaveInvoer, Opties, PeriodeResultaat, Resultaat } from '../types';
import type { SleutelGroep } from './sleutelGroepen';
import { groepOnderdelen, variantStand, type Stand } from './stand';

const HONDERD = new Dec(100);

/** A key moved by `stap` percentage points, kept within 0–100%. */
export function verschoven(sleutel: Dec, stap: number): Dec {
  const nieuw = sleutel.plus(new Dec(stap).div(HONDERD));
  return nieuw.isNegative() ? ZERO : nieuw.gt(ONE) ? ONE : nieuw;
}

/** A variant the model refused: never shown as figures (a bug, not the user's input; its messages are reported). */
export class VariantFout extends Error {
  constructor(readonly meldingen: Melding[]) {
    super('variant');
  }
}

/**
 * What a key can change: the rows that count of its onderdelen in its periode and pijler, Opgave
 * and the Dekking allocated to them (no control rows, no scenario: every row here counts).
 */
export interface GroepInvoer {
  invoer: Invoer;
  /** Index in `invoer.opgave` of each row of the whole input's Opgave that is here. */
  plaats: Map<number, number>;
}

/** The rows that count of each (periode, pijler, onderdeel), by `rijSleutel`: the names of a row resolved once per distinct spelling. */
export type RijIndex = Map<string, { opgave: number[]; dekking: number[] }>;

export const rijSleutel = (periode: string, pijler: string, onderdeelSleutel: string) =>
  `${periodeKey(periode)}|${pijler}|${onderdeelSleutel}`;

export function rijIndex(invoer: Invoer, resultaat: Resultaat): RijIndex {
  const vind = periodeFinder(resultaat.periodenInGebruik);
  const namen = new Map<string, string>();
  const sleutel = (r: OpgaveInvoer | DekkingInvoer) => {
    const ruw = `${r.periode}\u0000${r.pijler}\u0000${r.onderdeel}`;
    let k = namen.get(ruw);
    if (k === undefined)
      namen.set(ruw, (k = rijSleutel(vind(r.periode)?.periode ?? '', canonicalPijler(r.pijler) ?? '', onderdeelKey(r.onderdeel))));
    return k;
  };
  const index: RijIndex = new Map();
  const van = (k: string) => index.get(k) ?? index.set(k, { opgave: [], dekking: [] }).get(k)!;
  const uit = { opgave: new Set(resultaat.nietMeegeteld.opgave), dekking: new Set(resultaat.nietMeegeteld.dekking) };
  invoer.opgave.forEach((r, i) => uit.opgave.has(i) || van(sleutel(r)).opgave.push(i));
  invoer.dekking.forEach((r, i) => uit.dekking.has(i) || van(sleutel(r)).dekking.push(i));
  return index;
}

export function groepInvoer(invoer: Invoer, index: RijIndex, g: SleutelGroep): GroepInvoer {
  const rijen = [...g.onderdelen.keys()].map((o) => index.get(rijSleutel(g.periode, g.pijler, o)));
  const alle = (veld: 'opgave' | 'dekking') => rijen.flatMap((r) => r?.[veld] ?? []).sort((a, b) => a - b);
  const zonderScenario = <T extends { scenario?: string }>({ scenario: _s, ...r }: T) => r as T;
  const plaats = new Map<number, number>();
  const opgave = alle('opgave').map((i, j) => (plaats.set(i, j), zonderScenario(invoer.opgave[i])));
  const dekking = alle('dekking').map((i) => zonderScenario(invoer.dekking[i]));
  return { invoer: { verdeelsleutels: invoer.verdeelsleutels, perioden: invoer.perioden, opgave, dekking }, plaats };
}

/**
 * The state with the group's key moved by `stap` points: each of its rows gets its key + stap
 * as its own Verdeelsleutel (as if typed into the row) and the model computes its onderdelen
 * again, whole — never a slope; the pijler and the total follow (`variantStand`).
 */
export function variant(gi: GroepInvoer, basis: PeriodeResultaat | undefined, g: SleutelGroep, stap: number, opties: Opties): Stand {
  const opgave = [...gi.invoer.opgave];
  // Rows share a handful of keys: each moved once.
  const bewogen = new Map<string, Dec>();
  for (const { index, sleutel } of g.regels) {
    const k = sleutel.toString();
    let nieuw = bewogen.get(k);
    if (!nieuw) bewogen.set(k, (nieuw = verschoven(sleutel, stap)));
    const j = gi.plaats.get(index)!;
    opgave[j] = { ...opgave[j], verdeelsleutel: nieuw };
  }
  const uitkomst = bereken({ ...gi.invoer, opgave }, { ...(opties.rekenpad && { rekenpad: opties.rekenpad }) });
  if (!uitkomst.ok) throw new VariantFout(uitkomst.meldingen);
  const periode = uitkomst.resultaat.perioden.find((p) => periodeKey(p.periode) === periodeKey(g.periode));
  if (!periode || !basis)
    throw new VariantFout([{ ernst: 'fout', blad: '', cel: '', bericht: engineTekst.variantZonderPeriode(g.periode) }]);
  return variantStand(basis, g, groepOnderdelen(periode, g));
}
