import {
  FYSIEK,
  gevoeligheid,
  onderdeelKey,
  periodeKey,
  SOCIAAL,
  ZERO,
  type Dec,
  type GevoeligheidVeld,
  type SleutelSoort,
} from '../engine';
import { methode as kiesMethode, type Matrix, type Methode } from './args';
import { nietBeschikbaar, ongeldig } from './fail';
import { functionsTekst } from './messages';
import { kiesNaam, naamSleutel } from './scenario';
import { kiesPerioden, rekenTabellen } from './totaalbeeld';

/** The figures NPLV.GEVOELIGHEID answers the Δ of; `totaal` and `pijler` by the methode. */
export const GEVOELIGHEID_VELDEN: readonly { naam: string; veld: Record<Methode, GevoeligheidVeld>; ook?: readonly string[] }[] = [
  { naam: 'totaal', veld: { saldering: 'totaalSaldering', 'per onderdeel': 'totaalPerOnderdeel' } },
  { naam: 'pijler', veld: { saldering: 'pijlerSaldering', 'per onderdeel': 'pijlerPerOnderdeel' } },
  { naam: 'onderdeel', veld: { saldering: 'restOnderdeel', 'per onderdeel': 'restOnderdeel' } },
  { naam: 'rijksdeel', veld: { saldering: 'rijksdeel', 'per onderdeel': 'rijksdeel' } },
  { naam: 'verdeelsleutel', veld: { saldering: 'sleutel', 'per onderdeel': 'sleutel' }, ook: ['sleutel'] },
];

/** The veld argument (empty: totaal) with the methode (empty: saldering), as the engine's field. */
export function kiesGevoeligheidVeld(veld: string | null | undefined, methode: string | null | undefined): GevoeligheidVeld {
  const m = kiesMethode(methode);
  const naam = (veld ?? '').trim();
  if (naam === '') return GEVOELIGHEID_VELDEN[0].veld[m];
  return kiesNaam(naam, GEVOELIGHEID_VELDEN, GEVOELIGHEID_VELDEN[0].naam).veld[m];
}

/** The delta argument: a number of percentage points, −100 to 100. */
export function kiesDelta(arg: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < -100 || v > 100) throw ongeldig(functionsTekst.delta(arg));
  return v;
}

type Sleutel = { periode: string; pijler: string; onderdeel: string; soort: SleutelSoort };

// "Fysiek" and "Sociaal-maatschappelijk" exactly (case, spaces and dashes aside): a name that only starts like one is an onderdeel.
const pijlerNaam = (naam: string) => [FYSIEK, SOCIAAL].find((p) => naamSleutel(p) === naamSleutel(naam));

/**
 * Which keys the onderdeel argument names: an onderdeel (its own key, in any pijler; "Fysiek:
 * Nieuwbouw" in that pijler only), or a pijler's key `*` ("Sociaal-maatschappelijk *", or the
 * pijler's name when no onderdeel is called so).
 */
function doelVan(naam: string) {
  const ster = /^(.*?)\s*\*$/.exec(naam);
  const prefix = /^([^:]+):\s*(.+)$/.exec(naam);
  const voor = prefix && pijlerNaam(prefix[1]);
  const onderdeel = ster ? undefined : onderdeelKey(voor ? prefix[2] : naam);
  const sleutelVan = ster ? pijlerNaam(ster[1]) : voor ? undefined : pijlerNaam(naam);
  return {
    alsOnderdeel: (s: Sleutel) => s.soort === 'onderdeel' && onderdeelKey(s.onderdeel) === onderdeel && (!voor || s.pijler === voor),
    alsPijler: (s: Sleutel) => s.soort === 'pijler' && s.pijler === sleutelVan,
  };
}

const uniek = (xs: readonly string[]) => [...new Set(xs)];
const getoond = (s: Sleutel) => (s.soort === 'pijler' ? `${s.pijler} *` : s.onderdeel);

/**
 * NPLV.GEVOELIGHEID: the change of one figure when the verdeelsleutel the onderdeel argument
 * names alone moves by `delta` percentage points (clamped to 0–100% per row), by the engine's
 * gevoeligheid (only that key computed), on the base (no scenario rows). Without a periode the
 * Δ of every periode in which the key is in use, added up (each periode its own key).
 */
export function gevoeligheidCijfer(
  opgave: Matrix,
  dekking: Matrix,
  onderdeel: unknown,
  delta: unknown,
  veld?: string | null,
  periode?: string | null,
  methode?: string | null,
): Dec {
  const welk = kiesGevoeligheidVeld(veld, methode);
  const d = kiesDelta('delta', delta);
  const naam = typeof onderdeel === 'string' ? onderdeel.trim() : typeof onderdeel === 'number' ? String(onderdeel) : '';
  if (naam === '') throw ongeldig(functionsTekst.geenOnderdeel('onderdeel'));
  const { invoer, resultaat } = rekenTabellen(opgave, dekking, []);
  // Without a periode every key of that name counts, also one of a periode only scenario rows name.
  const perioden = periode?.trim() ? new Set(kiesPerioden(resultaat.perioden, periode).map((p) => periodeKey(p.periode))) : undefined;
  const doel = doelVan(naam);
  const gezien: Sleutel[] = [];
  const past = (s: Sleutel) => doel.alsOnderdeel(s) || doel.alsPijler(s);
  const uitkomst = gevoeligheid(invoer, {
    stappen: [Math.abs(d)],
    alleen: (s) => (gezien.push(s), past(s) && (!perioden || perioden.has(periodeKey(s.periode)))),
  });
  if (!uitkomst.ok) throw ongeldig(functionsTekst.intern('geen gevoeligheid'));
  // An onderdeel of that name before a pijler's key.
  const soort: SleutelSoort = gezien.some(doel.alsOnderdeel) ? 'onderdeel' : 'pijler';
  const overal = gezien.filter((s) => past(s) && s.soort === soort);
  if (overal.length === 0) throw ongeldig(functionsTekst.sleutelOnbekend(naam, uniek(gezien.map(getoond))));
  const pijlers = uniek(overal.map((s) => s.pijler));
  if (pijlers.length > 1) throw ongeldig(functionsTekst.sleutelInTweePijlers(naam, pijlers));
  const sleutels = uitkomst.gevoeligheid.sleutels.filter((s) => s.soort === soort);
  if (sleutels.length === 0)
    throw nietBeschikbaar(functionsTekst.sleutelNietInPeriode(naam, String(periode), uniek(overal.map((s) => s.periode))));
  const pm = sleutels.filter((s) => s.status === 'pm');
  if (pm.length > 0)
    throw nietBeschikbaar(
      functionsTekst.sleutelPm(
        naam,
        pm.map((s) => s.periode),
      ),
    );
  const gevarieerd = sleutels.filter((s) => s.status === 'gevarieerd');
  if (gevarieerd.length === 0)
    throw nietBeschikbaar(functionsTekst.sleutelScenarioUit(naam, uniek(sleutels.flatMap((s) => s.scenarios ?? []))));
  if (welk === 'sleutel' && gevarieerd.length > 1)
    throw ongeldig(
      functionsTekst.perJaarEenPeriode(
        'verdeelsleutel',
        gevarieerd.map((s) => s.periode),
      ),
    );
  return gevarieerd.reduce((som, s) => som.plus(s.varianten.find((v) => v.stap === d)!.delta[welk]), ZERO);
}
