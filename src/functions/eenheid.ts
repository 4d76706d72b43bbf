import { Dec, type Doel, type PeriodeResultaat } from '../engine';
import { ongeldig } from './fail';
import { functionsTekst } from './messages';
import { EENHEDEN, EENHEID_WOORDEN, geldigeDecimalen, leesSchaal, MAX_DECIMALEN, stappen, type LayoutRij, type Schaal } from '../workbook';

/** The `eenheid` argument (issue 16): a unit by its word (`mln`, `mld`, `euro`, `duizend`, `miljard`, …); empty or left out: the tables' own. */
export function kiesEenheid(arg: string, v: unknown): Schaal | undefined {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return undefined;
  const schaal = typeof v === 'string' ? leesSchaal(v) : undefined;
  if (!schaal) throw ongeldig(functionsTekst.eenheidOnbekend(arg, String(v), EENHEID_WOORDEN));
  return schaal;
}

/** The `decimalen` argument: a whole number 0 to 6; left out: no rounding. */
export function kiesDecimalen(arg: string, v: unknown): number | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v !== 'number' || !geldigeDecimalen(v)) throw ongeldig(functionsTekst.decimalen(arg, MAX_DECIMALEN));
  return v;
}

// The exact figure a cell of Tabel 2/3 shows (its Doel): a pijler's or the periode's total, or a source of the estimate's part of it.
function cijfer(p: PeriodeResultaat, doel: Doel): Dec | undefined {
  const pijler = (naam: string | undefined) => p.pijlers.find((x) => x.pijler === naam);
  if (doel.soort === 'totaal') return p.totaal[doel.veld];
  if (doel.soort === 'pijler') return pijler(doel.pijler)?.[doel.veld];
  if (doel.soort !== 'raming') return undefined;
  const delen = doel.pijler === undefined ? p.perRaming : pijler(doel.pijler)?.perRaming;
  return delen?.find((r) => r.raming === doel.raming)?.[doel.veld];
}

/**
 * Figures of the tables' unit (`werkmap`) in `gevraagd`: the exact figure divided by 1000 per
 * step up (times 1000 per step down), in decimals, rounded half away from zero to `decimalen`
 * when given, then a number. `tekst` names the unit the figures are in (`bedragen in mld euro`).
 */
export function inEenheid(werkmap: Schaal, gevraagd: Schaal | undefined, decimalen: number | undefined) {
  const eenheid = gevraagd ?? werkmap;
  const factor = new Dec(1000).pow(stappen(werkmap, eenheid));
  const omrekenen = (d: Dec) => {
    const waarde = d.dividedBy(factor);
    return (decimalen === undefined ? waarde : waarde.toDecimalPlaces(decimalen, Dec.ROUND_HALF_UP)).toNumber();
  };
  return {
    tekst: `bedragen in ${EENHEDEN[eenheid].tekst}`,
    rij: (p: PeriodeResultaat, r: LayoutRij): LayoutRij => {
      if ((gevraagd === undefined || gevraagd === werkmap) && decimalen === undefined) return r;
      const cells = r.cells.map((c, i) => {
        const doel = r.doelen?.[i];
        const exact = doel ? cijfer(p, doel) : undefined;
        if (typeof c === 'number' && !exact) throw ongeldig(functionsTekst.intern('een bedrag zonder zijn exacte cijfer'));
        return exact ? omrekenen(exact) : c;
      });
      return { ...r, cells };
    },
  };
}
