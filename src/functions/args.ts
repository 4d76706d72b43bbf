import { Dec, standaardPeriode, STANDAARD_PERIODENAMEN } from '../engine';
import { nietBeschikbaar, ongeldig } from './fail';
import { functionsTekst } from './messages';
import { parseBedrag, parseFractie, type CellValue } from '../workbook';
import { isOnderdeelNaam, standaardSleutelVan } from './bekendeSleutels';

/**
 * The arguments of the NPLV functions, checked in one place: each function body gets clean
 * Decimals or throws an ArgumentFout with a Dutch message. Excel passes a range as a matrix
 * and an omitted optional argument as null.
 */
export type Matrix = CellValue[][];

/** A single cell as a 1×1 matrix, so that every range argument is a matrix. */
export const asMatrix = (v: CellValue | Matrix): Matrix => (Array.isArray(v) ? v : [[v]]);

const vorm = (m: readonly (readonly unknown[])[]) => `${m.length}×${m[0]?.length ?? 0}`;
const cel = (m: Matrix, r: number, c: number) => (m.length === 1 && m[0].length === 1 ? '' : ` (rij ${r + 1}, kolom ${c + 1})`);

/** Amounts ≥ 0 by the workbook's rules ('-' and empty are 0). */
export function bedragen(arg: string, m: Matrix): Dec[][] {
  return m.map((row, r) =>
    row.map((v, c) => {
      const p = parseBedrag(v, 'bedrag');
      if (!p.ok) throw ongeldig(functionsTekst.geenBedrag(arg + cel(m, r, c), p.bericht));
      return p.value;
    }),
  );
}

export const bedrag = (arg: string, v: CellValue) => bedragen(arg, [[v]])[0][0];

/** A verdeelsleutel: an onderdeel's name (its default key) or a fraction 0..1 (0,5 / 50% / '50%'). */
function sleutel(arg: string, v: CellValue): Dec {
  if (isOnderdeelNaam(v)) {
    const s = standaardSleutelVan(v);
    if (!s) throw nietBeschikbaar(functionsTekst.onderdeelOnbekend(v));
    return s.sleutel;
  }
  const p = parseFractie(v);
  if (!p.ok || p.value === undefined) throw ongeldig(functionsTekst.geenSleutel(arg, p.ok ? 'de cel is leeg' : p.bericht));
  if (p.value.isNegative() || p.value.gt(1)) throw ongeldig(functionsTekst.sleutelBuitenBereik(arg));
  return p.value;
}

/** Keys of the same shape as `like`, or one key for all of it. */
export function sleutelsZoals(arg: string, m: Matrix, likeArg: string, like: readonly unknown[][]): Dec[][] {
  const one = m.length === 1 && m[0].length === 1;
  if (!one && (m.length !== like.length || m[0].length !== like[0].length))
    throw ongeldig(functionsTekst.vorm(likeArg, arg, vorm(like), vorm(m)));
  return like.map((row, r) => row.map((_, c) => sleutel(arg + cel(m, r, c), one ? m[0][0] : m[r][c])));
}

/** Two ranges of the same shape, or the second a single cell (used for each). */
export function zelfdeVorm<T>(a: string, am: readonly T[][], b: string, bm: readonly T[][]): T[][] {
  if (bm.length === 1 && bm[0].length === 1) return am.map((row) => row.map(() => bm[0][0]));
  if (am.length !== bm.length || am[0].length !== bm[0].length) throw ongeldig(functionsTekst.vorm(a, b, vorm(am), vorm(bm)));
  return bm.map((row) => [...row]);
}

export type Methode = 'saldering' | 'per onderdeel';

/** "saldering" (default, also when omitted) or "per onderdeel". */
export function methode(v: string | null | undefined): Methode {
  const m = (v ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (m === '' || m === 'saldering') return 'saldering';
  if (m === 'per onderdeel' || m === 'peronderdeel') return 'per onderdeel';
  throw ongeldig(functionsTekst.methode(String(v)));
}

/** A periode by name (`"tot 2030"` → 4, `"2026-2029"` → 4) or a whole number of years. */
export function jaren(arg: string, v: CellValue): number {
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v > 0) return v;
    throw ongeldig(functionsTekst.jaren(arg));
  }
  const naam = typeof v === 'string' ? v.trim() : '';
  if (/^\d+$/.test(naam) && Number(naam) > 0) return Number(naam);
  // Excel passes a number as text where the argument is enumerated (periode, a text): "2.5", "0"
  if (/^[-+]?\d+([.,]\d+)?$/.test(naam)) throw ongeldig(functionsTekst.jaren(arg));
  const p = standaardPeriode(naam);
  if (!p) throw nietBeschikbaar(functionsTekst.periodeOnbekend(naam, STANDAARD_PERIODENAMEN));
  return p.jaren;
}

/** A number ≥ 0 (an omitted optional argument: its default). */
export function getal(arg: string, v: number | null | undefined, standaard?: string): Dec {
  if (v === null || v === undefined) {
    if (standaard === undefined) throw ongeldig(functionsTekst.getal(arg, '≥ 0'));
    return new Dec(standaard);
  }
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw ongeldig(functionsTekst.getal(arg, '≥ 0'));
  return new Dec(String(v));
}

/** A share 0..1 (an omitted optional argument: its default). */
export function aandeel(arg: string, v: number | null | undefined, standaard?: string): Dec {
  const d = getal(arg, v, standaard);
  if (d.gt(1)) throw ongeldig(functionsTekst.aandeel(arg));
  return d;
}

/** A whole number of years > 0 (an omitted optional argument: its default). */
export function aantalJaren(arg: string, v: number | null | undefined, standaard: number): Dec {
  if (v === null || v === undefined) return new Dec(standaard);
  if (!Number.isInteger(v) || v <= 0) throw ongeldig(functionsTekst.jaren(arg));
  return new Dec(v);
}

export const toNumbers = (m: readonly Dec[][]): number[][] => m.map((row) => row.map((d) => d.toNumber()));
