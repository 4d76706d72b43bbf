import { bereken } from '../bereken/bereken';
import { Dec, ONE, ZERO } from '../decimal';
import { periodeFinder, periodeKey } from '../invoer/perioden';
import { canonicalPijler, onderdeelKey } from '../names';
import { engineTekst } from '../messages';
import type { DekkingInvoer, Invoer, Melding, OpgaveInvoer, Opties, Resultaat } from '../types';
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

export function groepInvoer(invoer: Invoer, resultaat: Resultaat, g: SleutelGroep): GroepInvoer {
  const vind = periodeFinder(resultaat.periodenInGebruik);
  const uit = { opgave: new Set(resultaat.nietMeegeteld.opgave), dekking: new Set(resultaat.nietMeegeteld.dekking) };
  const hier = (r: OpgaveInvoer | DekkingInvoer) =>
    periodeKey(vind(r.periode)?.periode ?? '') === periodeKey(g.periode) &&
    canonicalPijler(r.pijler) === g.pijler &&
    g.onderdelen.has(onderdeelKey(r.onderdeel));
  const zonderScenario = <T extends { scenario?: string }>({ scenario: _s, ...r }: T) => r as T;
  const plaats = new Map<number, number>();
  const opgave: OpgaveInvoer[] = [];
  invoer.opgave.forEach((r, i) => {
    if (!uit.opgave.has(i) && hier(r)) plaats.set(i, opgave.push(zonderScenario(r)) - 1);
  });
  const dekking = invoer.dekking.filter((r, i) => !uit.dekking.has(i) && hier(r)).map(zonderScenario);
  return { invoer: { verdeelsleutels: invoer.verdeelsleutels, perioden: invoer.perioden, opgave, dekking }, plaats };
}

/**
 * The state with the group's key moved by `stap` points: each of its rows gets its key + stap
 * as its own Verdeelsleutel (as if typed into the row) and the model computes its onderdelen
 * again, whole — never a slope; the pijler and the total follow (`variantStand`).
 */
export function variant(gi: GroepInvoer, basis: Stand, g: SleutelGroep, stap: number, opties: Opties): Stand {
  const opgave = [...gi.invoer.opgave];
  for (const { index, sleutel } of g.regels) {
    const j = gi.plaats.get(index)!;
    opgave[j] = { ...opgave[j], verdeelsleutel: verschoven(sleutel, stap) };
  }
  const uitkomst = bereken({ ...gi.invoer, opgave }, { ...(opties.rekenpad && { rekenpad: opties.rekenpad }) });
  if (!uitkomst.ok) throw new VariantFout(uitkomst.meldingen);
  const periode = uitkomst.resultaat.perioden.find((p) => periodeKey(p.periode) === periodeKey(g.periode));
  if (!periode) throw new VariantFout([{ ernst: 'fout', blad: '', cel: '', bericht: engineTekst.variantZonderPeriode(g.periode) }]);
  return variantStand(basis, groepOnderdelen(periode, g));
}
