import { bereken } from '../bereken/bereken';
import { Dec, ONE, ZERO } from '../decimal';
import { periodeFinder, periodeKey } from '../invoer/perioden';
import { normalize } from '../names';
import type { Invoer, OpgaveInvoer, Opties, PeriodeResultaat, Resultaat } from '../types';
import type { SleutelGroep } from './sleutelGroepen';

const HONDERD = new Dec(100);

/** A key moved by `stap` percentage points, kept within 0–100%. */
export function verschoven(sleutel: Dec, stap: number): Dec {
  const nieuw = sleutel.plus(new Dec(stap).div(HONDERD));
  return nieuw.isNegative() ? ZERO : nieuw.gt(ONE) ? ONE : nieuw;
}

/** The input of one periode only (its Opgave and Dekking rows, no control rows): what a key of that periode can change. */
export interface PeriodeInvoer {
  invoer: Invoer;
  /** Index in `invoer.opgave` of each row of the whole input's Opgave (-1: another periode). */
  plaats: Int32Array;
}

export function periodeInvoer(invoer: Invoer, resultaat: Resultaat, periode: string): PeriodeInvoer {
  const vind = periodeFinder(resultaat.periodenInGebruik);
  const hier = (naam: string) => {
    const p = vind(naam);
    return p !== undefined && periodeKey(p.periode) === periodeKey(periode);
  };
  const plaats = new Int32Array(invoer.opgave.length).fill(-1);
  const opgave: OpgaveInvoer[] = [];
  invoer.opgave.forEach((r, i) => {
    if (hier(r.periode)) plaats[i] = opgave.push(r) - 1;
  });
  return { invoer: { ...invoer, opgave, dekking: invoer.dekking.filter((r) => hier(r.periode)), controles: [] }, plaats };
}

/**
 * The periode's figures with the group's key moved by `stap` points: each of its rows gets
 * its key + stap as its own Verdeelsleutel (as if typed into the row), and the model runs
 * again, whole — never a slope.
 */
export function variantPeriode(pi: PeriodeInvoer, g: SleutelGroep, stap: number, opties: Opties): PeriodeResultaat | undefined {
  const opgave = [...pi.invoer.opgave];
  for (const { index, sleutel } of g.regels) {
    const j = pi.plaats[index];
    opgave[j] = { ...opgave[j], verdeelsleutel: verschoven(sleutel, stap) };
  }
  // A scenario on whose rows are all in other perioden is no scenario of this periode's input: asked for, it would be an error.
  const hier = new Set([...opgave, ...pi.invoer.dekking].flatMap((r) => (r.scenario?.trim() ? [normalize(r.scenario)] : [])));
  const scenarios = opties.scenarios?.filter((naam) => hier.has(normalize(naam)));
  const uitkomst = bereken({ ...pi.invoer, opgave }, { ...opties, ...(scenarios && { scenarios }), uitvoerDecimalen: undefined });
  if (!uitkomst.ok) return undefined;
  return uitkomst.resultaat.perioden.find((p) => periodeKey(p.periode) === periodeKey(g.periode));
}
