import type { Dec } from './decimal';
import { gebiedenIn, overPerioden, perGebied, type GebiedCijfers } from './overzicht';
import type { Cijfers, Melding, OnderdeelCijfers, RamingDeel, Resultaat } from './types';

/** CLI.md "--json contract": amounts as JSON numbers, in the workbook's unit. */
export interface CijfersJson {
  opgave: number;
  rijksdeel: number;
  dekking: number;
  rijksdekking: number;
  restopgave: number;
  restRijksopgave: number;
  restopgavePerOnderdeel: number;
  restRijksopgavePerOnderdeel: number;
  overschot: number;
  jaarlijkseRestopgave: number;
  jaarlijkseRestRijksopgave: number;
}

export interface OnderdeelJson {
  onderdeel: string;
  gebied: string;
  opgave: number;
  verdeelsleutel: number;
  rijksdeel: number;
  dekking: number;
  rijksdekking: number;
  restopgave: number;
  restRijksopgave: number;
  overschot: number;
  jaarlijkseRestopgave: number;
}

/** Issue 16: the opgave and Rijksdeel per source of the estimate (`raming` '' is `overig`). */
export interface RamingJson {
  raming: string;
  opgave: number;
  rijksdeel: number;
}

/** Issue 16: a gebied's figures in a periode (restopgave per onderdeel, no netting). */
export type GebiedJson = { gebied: string } & Omit<CijfersJson, 'restopgavePerOnderdeel' | 'restRijksopgavePerOnderdeel' | 'overschot'>;

export interface TotaalbeeldJson {
  perioden: {
    periode: string;
    jaren: number;
    pijlers: (CijfersJson & { pijler: string; onderdelen: OnderdeelJson[]; perRaming?: RamingJson[] })[];
    totaal: CijfersJson & { perRaming?: RamingJson[] };
    /** Only when the Opgave sheet names sources of the estimate (Bron raming). */
    ramingen?: string[];
    /** Only when the onderdelen have gebieden. */
    gebieden?: GebiedJson[];
  }[];
  /** Tabel 1: over all perioden together (issue 16). */
  overPerioden?: {
    label: string;
    eersteJaar: number;
    laatsteJaar: number;
    jaren: number;
    restopgave: number;
    restRijksopgave: number;
    jaarlijkseRestopgave: number;
    jaarlijkseRestRijksopgave: number;
  };
  meldingen?: Melding[];
  /** The workbook's scenarios and which were on; only when it has any (issue 7, an addition to CLI.md). */
  scenarios?: { naam: string; aan: boolean }[];
}

/**
 * An amount as a JSON number: never null, Infinity or NaN (which JSON.stringify turns into
 * null). A result with an amount beyond a double never gets here: every amount of the JSON is
 * at most one the Totaalbeeld shows, and a run refuses a result whose written figures pass
 * Excel's largest number (workbook/excelLimits.ts); this guards that rule.
 */
function n(d: Dec): number {
  const x = d.toNumber();
  if (!Number.isFinite(x)) throw new RangeError(`toJson: amount ${d.toString()} is beyond a JSON number`);
  return x;
}

function cijfers(c: Cijfers): CijfersJson {
  return {
    opgave: n(c.opgave),
    rijksdeel: n(c.rijksdeel),
    dekking: n(c.dekking),
    rijksdekking: n(c.rijksdekking),
    restopgave: n(c.restopgave),
    restRijksopgave: n(c.restRijksopgave),
    restopgavePerOnderdeel: n(c.restopgavePerOnderdeel),
    restRijksopgavePerOnderdeel: n(c.restRijksopgavePerOnderdeel),
    overschot: n(c.overschot),
    jaarlijkseRestopgave: n(c.jaarlijkseRestopgave),
    jaarlijkseRestRijksopgave: n(c.jaarlijkseRestRijksopgave),
  };
}

function onderdeel(o: OnderdeelCijfers): OnderdeelJson {
  return {
    onderdeel: o.onderdeel,
    gebied: o.gebied,
    opgave: n(o.opgave),
    verdeelsleutel: n(o.verdeelsleutel),
    rijksdeel: n(o.rijksdeel),
    dekking: n(o.dekking),
    rijksdekking: n(o.rijksdekking),
    restopgave: n(o.restopgave),
    restRijksopgave: n(o.restRijksopgave),
    overschot: n(o.overschot),
    jaarlijkseRestopgave: n(o.jaarlijkseRestopgave),
  };
}

const raming = (r: RamingDeel): RamingJson => ({ raming: r.raming, opgave: n(r.opgave), rijksdeel: n(r.rijksdeel) });
const metRaming = (delen?: readonly RamingDeel[]) => (delen ? { perRaming: delen.map(raming) } : {});

function gebied(g: GebiedCijfers): GebiedJson {
  return {
    gebied: g.gebied,
    opgave: n(g.opgave),
    rijksdeel: n(g.rijksdeel),
    dekking: n(g.dekking),
    rijksdekking: n(g.rijksdekking),
    restopgave: n(g.restopgave),
    restRijksopgave: n(g.restRijksopgave),
    jaarlijkseRestopgave: n(g.jaarlijkseRestopgave),
    jaarlijkseRestRijksopgave: n(g.jaarlijkseRestRijksopgave),
  };
}

/** The result as the JSON of CLI.md; `meldingen` only when given, `scenarios` only when the rows name any. */
export function toJson(resultaat: Resultaat, meldingen?: readonly Melding[]): TotaalbeeldJson {
  const metGebieden = gebiedenIn(resultaat.perioden).length > 0;
  const json: TotaalbeeldJson = {
    perioden: resultaat.perioden.map((p) => ({
      periode: p.periode,
      jaren: p.jaren,
      pijlers: p.pijlers.map((pijler) => ({
        pijler: pijler.pijler,
        ...cijfers(pijler),
        onderdelen: pijler.onderdelen.map(onderdeel),
        ...metRaming(pijler.perRaming),
      })),
      totaal: { ...cijfers(p.totaal), ...metRaming(p.perRaming) },
      ...(p.ramingen && { ramingen: [...p.ramingen] }),
      ...(metGebieden && { gebieden: perGebied(p).map(gebied) }),
    })),
  };
  const samen = overPerioden(resultaat.perioden);
  if (samen) {
    const { label, eersteJaar, laatsteJaar, jaren } = samen;
    const bedragen = {
      restopgave: n(samen.restopgave),
      restRijksopgave: n(samen.restRijksopgave),
      jaarlijkseRestopgave: n(samen.jaarlijkseRestopgave),
      jaarlijkseRestRijksopgave: n(samen.jaarlijkseRestRijksopgave),
    };
    json.overPerioden = { label, eersteJaar, laatsteJaar, jaren, ...bedragen };
  }
  if (meldingen) json.meldingen = [...meldingen];
  if (resultaat.scenarios.length > 0) json.scenarios = resultaat.scenarios.map(({ naam, aan }) => ({ naam, aan }));
  return json;
}

/** An amount as a JSON number, as `toJson` writes them (the comparison's JSON too). */
export const jsonGetal = n;
