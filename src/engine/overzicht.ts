import { type Dec, sum } from './decimal';
import { gezamenlijkeSleutel, perJaar } from './formulas';
import { normalize, onderdeelKey } from './names';
import type { OnderdeelCijfers, PeriodeResultaat, PijlerResultaat } from './types';

/**
 * Summaries of a result for the report's tables (issue 16): Tabel 1 over all perioden, the
 * national total of an onderdeel over its gebieden (Tabel 6/9/13), and the figures per gebied.
 * Every one is a sum of the result's own figures; nothing here nets dekking anew.
 */

/** Restopgave and rest-Rijksopgave over all perioden together (Tabel 1's `t/m 2035`). */
export interface OverPerioden {
  /** `t/m 2035`: up to the last year of the last periode. */
  label: string;
  eersteJaar: number;
  laatsteJaar: number;
  /** Σ of the perioden's years: the divisor of the yearly figures. */
  jaren: number;
  restopgave: Dec;
  restRijksopgave: Dec;
  jaarlijkseRestopgave: Dec;
  jaarlijkseRestRijksopgave: Dec;
}

/** Undefined without perioden. The restopgave of each periode is its saldering (as Tabel 1 adds them). */
export function overPerioden(perioden: readonly PeriodeResultaat[]): OverPerioden | undefined {
  if (perioden.length === 0) return undefined;
  const eersteJaar = Math.min(...perioden.map((p) => p.eersteJaar));
  const laatsteJaar = Math.max(...perioden.map((p) => p.laatsteJaar));
  const jaren = perioden.reduce((n, p) => n + p.jaren, 0);
  const restopgave = sum(perioden.map((p) => p.totaal.restopgave));
  const restRijksopgave = sum(perioden.map((p) => p.totaal.restRijksopgave));
  return {
    label: `t/m ${laatsteJaar}`,
    eersteJaar,
    laatsteJaar,
    jaren,
    restopgave,
    restRijksopgave,
    jaarlijkseRestopgave: perJaar(restopgave, jaren),
    jaarlijkseRestRijksopgave: perJaar(restRijksopgave, jaren),
  };
}

const OPTELBAAR = [
  'opgave',
  'rijksdeel',
  'dekking',
  'rijksdekking',
  'restopgave',
  'restRijksopgave',
  'overschot',
  'rijksoverschot',
] as const;
type Optelbaar = (typeof OPTELBAAR)[number];

function optellen(delen: readonly OnderdeelCijfers[]): Record<Optelbaar, Dec> {
  const out = {} as Record<Optelbaar, Dec>;
  for (const f of OPTELBAAR) out[f] = sum(delen.map((d) => d[f]));
  return out;
}

/** Groups in the order of their first member. */
function groepeerOp<T>(items: readonly T[], key: (t: T) => string): T[][] {
  const groepen = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const groep = groepen.get(k);
    if (groep) groep.push(item);
    else groepen.set(k, [item]);
  }
  return [...groepen.values()];
}

/** An onderdeel over all its gebieden (Tabel 6/9/13), with the gebieden it adds up. */
export interface LandelijkOnderdeel {
  /** The onderdeel's figures summed over its gebieden (`gebied` ''): restopgave per gebied, no netting between gebieden. */
  totaal: OnderdeelCijfers;
  gebieden: OnderdeelCijfers[];
}

/** A pijler's onderdelen by name (spelling, case and spacing do not matter), each with its gebieden, in the order of their first row. */
export function landelijk(pijler: PijlerResultaat, jaren: number): LandelijkOnderdeel[] {
  return groepeerOp(pijler.onderdelen, (o) => onderdeelKey(o.onderdeel)).map((gebieden) => {
    const som = optellen(gebieden);
    const totaal: OnderdeelCijfers = {
      ...som,
      onderdeel: gebieden[0].onderdeel,
      gebied: '',
      verdeelsleutel: gezamenlijkeSleutel(
        gebieden.map((g) => g.verdeelsleutel),
        som.opgave,
        som.rijksdeel,
      ),
      jaarlijkseRestopgave: perJaar(som.restopgave, jaren),
      regels: gebieden.flatMap((g) => g.regels),
    };
    return { totaal, gebieden };
  });
}

/** The figures of one gebied in a periode (or one pijler of it): Σ over its onderdelen, restopgave per onderdeel. */
export interface GebiedCijfers extends Record<Optelbaar, Dec> {
  /** '' for onderdelen without a gebied. */
  gebied: string;
  jaarlijkseRestopgave: Dec;
  jaarlijkseRestRijksopgave: Dec;
}

/**
 * Per gebied, in the order of their first row, the sums of its onderdelen in the periode (all
 * pijlers, or only `pijler`). Dekking on pillar level belongs to no gebied and is not in them.
 */
export function perGebied(periode: PeriodeResultaat, pijler?: string): GebiedCijfers[] {
  const onderdelen = periode.pijlers.filter((p) => pijler === undefined || p.pijler === pijler).flatMap((p) => p.onderdelen);
  return groepeerOp(onderdelen, (o) => normalize(o.gebied)).map((delen) => {
    const som = optellen(delen);
    return {
      ...som,
      gebied: delen[0].gebied,
      jaarlijkseRestopgave: perJaar(som.restopgave, periode.jaren),
      jaarlijkseRestRijksopgave: perJaar(som.restRijksopgave, periode.jaren),
    };
  });
}

/** The gebieden of a result in the order of their first row ('' when some onderdelen have none); empty when no onderdeel has a gebied. */
export function gebiedenIn(perioden: readonly PeriodeResultaat[]): string[] {
  const namen = new Map<string, string>();
  for (const p of perioden)
    for (const x of p.pijlers) for (const o of x.onderdelen) if (!namen.has(normalize(o.gebied))) namen.set(normalize(o.gebied), o.gebied);
  return [...namen.values()].some((g) => g !== '') ? [...namen.values()] : [];
}
