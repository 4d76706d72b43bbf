import { bereken } from '../bereken/bereken';
import { Dec } from '../decimal';
import { engineTekst } from '../messages';
import { periodeKey } from '../invoer/perioden';
import type { Invoer, Melding, Opties, PeriodeResultaat, Resultaat } from '../types';
import { gevoeligheidCijfers, verschil } from './cijfers';
import { basisStand, type Stand } from './stand';
import { gevoeligheidUitleg } from './uitleg';
import { groepStatus, scenariosUit, sleutelGroepen, type SleutelGroep } from './sleutelGroepen';
import type { Gevoeligheid, GevoeligheidUitkomst, SleutelGevoeligheid, SleutelSoort } from './types';
import { groepInvoer, rijIndex, variant, VariantFout, verschoven, type GroepInvoer, type RijIndex } from './variant';

/** The steps of issue 19 when none are asked for: 5 and 10 percentage points, each down and up. */
export const STANDAARD_STAPPEN: readonly number[] = [5, 10];

export interface GevoeligheidOpties extends Opties {
  /** The moves in percentage points, each taken down and up; default 5 and 10. 0 to 100. */
  stappen?: readonly number[];
  /** Only the keys this accepts are computed (a function asking for one Δ); default all. */
  alleen?: (sleutel: { periode: string; pijler: string; onderdeel: string; soort: SleutelSoort }) => boolean;
}

/** −d and +d for every d, ascending, each once (0 once); errors for a d outside 0–100. */
export function tekenStappen(stappen: readonly number[]): { stappen: number[]; fouten: Melding[] } {
  const fouten: Melding[] = [];
  const set = new Set<number>();
  for (const d of stappen) {
    if (!Number.isFinite(d) || d < 0 || d > 100) fouten.push({ ernst: 'fout', blad: '', cel: '', bericht: engineTekst.stapOngeldig(d) });
    else [-d, d].forEach((x) => set.add(x === 0 ? 0 : x));
  }
  if (stappen.length === 0) fouten.push({ ernst: 'fout', blad: '', cel: '', bericht: engineTekst.stapOngeldig(Number.NaN) });
  return { stappen: [...set].sort((a, b) => a - b), fouten };
}

// The key as shown: the one the rows share, else Rijksdeel ÷ opgave of the rows.
function getoondeSleutel(g: SleutelGroep, s: Stand, stap: number | undefined, gemengd: boolean): Dec {
  const eerste = g.regels[0]?.sleutel ?? g.uit[0]?.sleutel ?? new Dec(0);
  if (!gemengd) return stap === undefined ? eerste : verschoven(eerste, stap);
  const c = gevoeligheidCijfers(s, eerste);
  return c.opgave.isZero() ? eerste : c.rijksdeel.div(c.opgave);
}

function kantelpunt(s: Stand, sleutel: Dec): Pick<SleutelGevoeligheid, 'kantelpunt' | 'kantelStand'> {
  const punten = s.onderdelen.filter((o) => !o.opgave.isZero()).map((o) => o.rijksdekking.div(o.opgave));
  if (punten.length === 0) return {};
  const punt = punten.reduce((a, b) => (b.lt(a) ? b : a));
  return { kantelpunt: punt, kantelStand: sleutel.gt(punt) ? 'boven' : sleutel.lt(punt) ? 'onder' : 'op' };
}

function sleutelGevoeligheid(
  g: SleutelGroep,
  periode: PeriodeResultaat | undefined,
  stappen: number[],
  gi: () => GroepInvoer,
  opties: Opties,
): SleutelGevoeligheid {
  const status = groepStatus(g);
  const gemengd = g.regels.some((r) => !r.sleutel.eq(g.regels[0].sleutel));
  const basis = basisStand(periode, g);
  const cijfers0 = gevoeligheidCijfers(basis, getoondeSleutel(g, basis, undefined, gemengd));
  const varianten =
    status !== 'gevarieerd'
      ? []
      : stappen.map((stap) => {
          const s = variant(gi(), periode, g, stap, opties);
          const cijfers = gevoeligheidCijfers(s, getoondeSleutel(g, s, stap, gemengd));
          return { stap, cijfers, delta: verschil(cijfers0, cijfers) };
        });
  return {
    periode: g.periode,
    pijler: g.pijler,
    onderdeel: g.onderdeel,
    soort: g.soort,
    onderdelen: [...g.onderdelen.values()],
    herkomst: g.herkomst,
    ...(g.sleutelRij && { sleutelRij: g.sleutelRij }),
    regels: status === 'scenarioUit' ? g.uit.map((u) => u.index) : g.regels.map((r) => r.index),
    status,
    ...(status === 'scenarioUit' && { scenarios: scenariosUit(g) }),
    gemengd,
    basis: cijfers0,
    varianten,
    ...(status !== 'scenarioUit' && !gemengd && kantelpunt(basis, cijfers0.sleutel)),
  };
}

const grootste = (s: SleutelGevoeligheid, veld: 'totaalSaldering' | 'restOnderdeel' | 'pijlerPerOnderdeel') =>
  s.varianten.reduce((m, v) => Dec.max(m, v.delta[veld].abs()), new Dec(0));

/** Largest |Δ| of the periode's rest-Rijksopgave by saldering first, then of the onderdeel's, then per onderdeel; the rest in input order. */
export function sorteer(sleutels: SleutelGevoeligheid[]): SleutelGevoeligheid[] {
  const volgorde = sleutels.map((s, i) => ({
    s,
    i,
    a: grootste(s, 'totaalSaldering'),
    b: grootste(s, 'restOnderdeel'),
    c: grootste(s, 'pijlerPerOnderdeel'),
  }));
  volgorde.sort((x, y) => {
    const gevarieerd = Number(y.s.status === 'gevarieerd') - Number(x.s.status === 'gevarieerd');
    return gevarieerd || y.a.comparedTo(x.a) || y.b.comparedTo(x.b) || y.c.comparedTo(x.c) || x.i - y.i;
  });
  return volgorde.map((v) => v.s);
}

/**
 * Issue 19: for every verdeelsleutel in use, the rest-Rijksopgave when that key alone moves by
 * −d and +d percentage points (clamped to 0–100% per row), everything else held: each variant a
 * run of the model on the key's onderdelen, carried into its pijler and total as the model adds them: exact. Errors of the input: the same errors, nothing else.
 */
export function gevoeligheid(invoer: Invoer, opties: GevoeligheidOpties = {}): GevoeligheidUitkomst {
  const { stappen: gevraagd = STANDAARD_STAPPEN, alleen = () => true, ...rest } = opties;
  const { stappen, fouten } = tekenStappen(gevraagd);
  const basis = bereken(invoer, rest);
  if (!basis.ok) return { ok: false, meldingen: [...fouten, ...basis.meldingen] };
  if (fouten.length > 0) return { ok: false, meldingen: fouten };
  const { resultaat } = basis;
  // A key's own rows, gathered once when its first variant is computed.
  // The rows by onderdeel, indexed once when a first variant needs them; a key's own rows, gathered once.
  let eenmaal: RijIndex | undefined;
  const index = () => (eenmaal ??= rijIndex(invoer, resultaat));
  const gi = (g: SleutelGroep) => {
    let eens: GroepInvoer | undefined;
    return () => (eens ??= groepInvoer(invoer, index(), g));
  };
  const groepen = sleutelGroepen(invoer, resultaat);
  const periodeVan = (g: SleutelGroep) => resultaat.perioden.find((p) => periodeKey(p.periode) === periodeKey(g.periode));
  let sleutels: SleutelGevoeligheid[];
  try {
    sleutels = groepen.filter(alleen).map((g) => sleutelGevoeligheid(g, periodeVan(g), stappen, gi(g), rest));
  } catch (e) {
    if (e instanceof VariantFout) return { ok: false, meldingen: e.meldingen };
    throw e;
  }
  const gevoeligheid: Gevoeligheid = {
    stappen,
    sleutels: sorteer(sleutels),
    scenarios: resultaat.scenarios.filter((s) => s.aan).map((s) => s.naam),
  };
  const bron = { invoer, opties: rest, basis, groepen, index };
  return {
    ok: true,
    gevoeligheid,
    resultaat: resultaat as Resultaat,
    meldingen: resultaat.meldingen,
    uitleg: (doel) => gevoeligheidUitleg(bron, doel),
  };
}
