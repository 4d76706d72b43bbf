import type { Dec } from './decimal';
import type { Cijfers, Melding, OnderdeelCijfers, Resultaat } from './types';

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

export interface TotaalbeeldJson {
  perioden: {
    periode: string;
    jaren: number;
    pijlers: (CijfersJson & { pijler: string; onderdelen: OnderdeelJson[] })[];
    totaal: CijfersJson;
  }[];
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

/** The result as the JSON of CLI.md; `meldingen` only when given, `scenarios` only when the rows name any. */
export function toJson(resultaat: Resultaat, meldingen?: readonly Melding[]): TotaalbeeldJson {
  const json: TotaalbeeldJson = {
    perioden: resultaat.perioden.map((p) => ({
      periode: p.periode,
      jaren: p.jaren,
      pijlers: p.pijlers.map((pijler) => ({
        pijler: pijler.pijler,
        ...cijfers(pijler),
        onderdelen: pijler.onderdelen.map(onderdeel),
      })),
      totaal: cijfers(p.totaal),
    })),
  };
  if (meldingen) json.meldingen = [...meldingen];
  if (resultaat.scenarios.length > 0) json.scenarios = resultaat.scenarios.map(({ naam, aan }) => ({ naam, aan }));
  return json;
}
