import type { Dec } from '../decimal';
import { periodeKey, resolvePerioden } from '../invoer/perioden';
import { resolveSleutels } from '../invoer/sleutels';
import { canonicalPijler, normalize } from '../names';
import type { DekkingInvoer, Invoer, OpgaveInvoer, PeriodeInvoer, SleutelInvoer } from '../types';
import { bronSleutel, bronVolgorde, type Koppelingen } from './koppeling';
import type { Oorzaak, Versiestand } from './types';

/**
 * The states of a comparison (issue 17, design): the old input, then the new input substituted
 * into it step by step in a fixed order — opgave, dekking per bron, keys, structure, scenarios —
 * so that the last state computes as the new one. Control rows are left out: they change no figure.
 */
export interface Stand {
  /** The step that made this state; undefined for the first (the old input). */
  oorzaak?: Oorzaak;
  /** The bron of a dekking step, as the new version spells it (the old one's when it left); else ''. */
  bron: string;
  invoer: Invoer;
  scenarios: string[];
}

/** The scenarios of `aan` that some row of the input names (others would be an error of that state). */
function scenariosVan(invoer: Invoer, aan: readonly string[]): string[] {
  const namen = new Set([...invoer.opgave, ...invoer.dekking].map((r) => normalize(r.scenario ?? '')));
  return aan.filter((s) => namen.has(normalize(s)));
}

const pmMet = (oud: readonly string[] = [], nieuw: readonly string[] = [], velden: readonly string[]) => [
  ...oud.filter((v) => !velden.includes(v)),
  ...nieuw.filter((v) => velden.includes(v)),
];

/** The old perioden, and the new ones the old lacks (rows of those arrive before the structure step). */
function periodenTussen(oud: readonly PeriodeInvoer[] = [], nieuw: readonly PeriodeInvoer[] = []): PeriodeInvoer[] {
  const bekend = new Set(resolvePerioden(oud).perioden.map((p) => periodeKey(p.periode)));
  return [...oud, ...nieuw.filter((p) => !bekend.has(periodeKey(p.periode)))];
}

/** The new keys, and the old ones of a (pijler, onderdeel) the new have no key for: rows still there keep theirs. */
function sleutelsTussen(oud: readonly SleutelInvoer[] = [], nieuw: readonly SleutelInvoer[] = []): SleutelInvoer[] {
  const { sleutels } = resolveSleutels(nieuw);
  const ontbreekt = (s: SleutelInvoer) => {
    const pijler = canonicalPijler(s.pijler);
    return pijler !== undefined && sleutels.lookup(pijler, s.onderdeel) === undefined;
  };
  return [...nieuw, ...oud.filter(ontbreekt)];
}

const verschilt = (a: Dec, b: Dec) => !a.eq(b);

/**
 * The states, from the old input to one that computes as the new. `sleutelsGewijzigd` false (no key
 * differs): no keys step, it would change nothing.
 */
export function standen(oud: Versiestand, nieuw: Versiestand, k: Koppelingen, sleutelsGewijzigd = true): Stand[] {
  const [o, n] = [oud.invoer, nieuw.invoer];
  const out: Stand[] = [];
  let invoer: Invoer = {
    opgave: o.opgave,
    dekking: o.dekking,
    verdeelsleutels: o.verdeelsleutels,
    perioden: periodenTussen(o.perioden, n.perioden),
  };
  const stap = (oorzaak: Oorzaak | undefined, bron: string, scenarios = oud.scenarios) =>
    out.push({ ...(oorzaak && { oorzaak }), bron, invoer, scenarios: scenariosVan(invoer, scenarios) });
  stap(undefined, '');

  // 1. opgave: matched rows take the new amount (and its PM flag).
  const opgave: OpgaveInvoer[] = [...o.opgave];
  for (const [i, j] of k.opgave.paren) {
    const [a, b] = [o.opgave[i], n.opgave[j]];
    if (verschilt(a.opgave, b.opgave)) opgave[i] = { ...a, opgave: b.opgave, pm: pmMet(a.pm, b.pm, ['opgave']) };
  }
  if (opgave.some((r, i) => r !== o.opgave[i])) invoer = { ...invoer, opgave };
  stap('opgave', '');

  // 2. dekking, per bron in the order of its first row (old, then new).
  const dekking: (DekkingInvoer | undefined)[] = [...o.dekking];
  const erbij: DekkingInvoer[] = [];
  const bedragVelden = ['cofinanciering', 'rijksfinanciering'];
  for (const { sleutel: bron, naam } of bronVolgorde(o.dekking, n.dekking)) {
    let veranderd = false;
    for (const [i, j] of k.dekking.paren) {
      const [a, b] = [o.dekking[i], n.dekking[j]];
      if (
        bronSleutel(a) !== bron ||
        (!verschilt(a.cofinanciering, b.cofinanciering) && !verschilt(a.rijksfinanciering, b.rijksfinanciering))
      )
        continue;
      dekking[i] = { ...a, cofinanciering: b.cofinanciering, rijksfinanciering: b.rijksfinanciering, pm: pmMet(a.pm, b.pm, bedragVelden) };
      veranderd = true;
    }
    const weg = k.dekking.vervallen.filter((i) => bronSleutel(o.dekking[i]) === bron);
    const nieuw = k.dekking.toegevoegd.filter((j) => bronSleutel(n.dekking[j]) === bron);
    for (const i of weg) dekking[i] = undefined;
    erbij.push(...nieuw.map((j) => n.dekking[j]));
    veranderd ||= weg.length > 0 || nieuw.length > 0;
    if (!veranderd) continue;
    invoer = { ...invoer, dekking: [...dekking.filter((r): r is DekkingInvoer => r !== undefined), ...erbij] };
    stap('dekking', naam);
  }

  // 3. keys: the new Verdeelsleutels (old ones only where the new have none), the new per-row keys of matched rows.
  const gesleuteld = [...opgave];
  for (const [i, j] of k.opgave.paren) {
    const { verdeelsleutel: _oud, ...rest } = gesleuteld[i];
    const b = n.opgave[j];
    gesleuteld[i] = {
      ...rest,
      ...(b.verdeelsleutel && { verdeelsleutel: b.verdeelsleutel }),
      pm: pmMet(rest.pm, b.pm, ['verdeelsleutel']),
    };
  }
  if (sleutelsGewijzigd) {
    invoer = { ...invoer, opgave: gesleuteld, verdeelsleutels: sleutelsTussen(o.verdeelsleutels, n.verdeelsleutels) };
    stap('sleutels', '');
  }

  // 4. structure: rows that left leave, rows that arrived arrive; the new perioden and keys. The rows
  // still there already have the new amounts and keys: the state is the new input, spelled as it is.
  invoer = { opgave: n.opgave, dekking: n.dekking, verdeelsleutels: n.verdeelsleutels, perioden: n.perioden };
  stap('structuur', '');

  // 5. scenarios: the new ones on.
  stap('scenarios', '', nieuw.scenarios);
  return out;
}
