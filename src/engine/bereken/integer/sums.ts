import { Dec } from '../../decimal';
import type { DekkingRij, OpgaveRij } from '../../invoer/rows';
import type { OnderdeelGroep, PeriodeGroep } from '../groepen';
import { POW10, scaled, scaleFound } from './scaled';

/** An onderdeel's sums as integers: opgave and dekking in units of 10^-scale, Rijksdeel in 10^-(scale+sleutelScale). */
export interface GroepSom {
  opgave: number;
  rijksdeel: number;
  dekking: number;
  rijksdekking: number;
  /** Whether all its rows have one key: then a row's share of the Rijksdeel is its share of the opgave. */
  eenSleutel: boolean;
}

/** The integers of one computation: every amount at one scale, every key at one scale. */
export interface IntegerSums {
  /** Decimals of the amounts. */
  scale: number;
  /** Decimals of the verdeelsleutels. */
  sleutelScale: number;
  /** By opgave row index: its opgave, and its Rijksdeel (opgave × key). */
  opgave: Float64Array;
  rijksdeel: Float64Array;
  /** By dekking row index: its Totale dekking. */
  totaleDekking: Float64Array;
  groepen: Map<OnderdeelGroep, GroepSom>;
}

const safe = Number.isSafeInteger;

/** Reads amounts and keys as integers at their own scale; tells the largest scale, or undefined when one does not fit. */
class Scales {
  scale = 0;
  read(x: Dec, n: Float64Array, s: Uint8Array, i: number): boolean {
    const v = scaled(x);
    if (v < 0) return false;
    n[i] = v;
    s[i] = scaleFound;
    if (scaleFound > this.scale) this.scale = scaleFound;
    return true;
  }
}

/** Brings n (at scale s) to `to` decimals; NaN when that is no safe integer. */
const rescale = (n: number, s: number, to: number) => {
  const v = n * POW10[to - s];
  return safe(v) ? v : NaN;
};

/**
 * The exact integer path (issue 15), when the input allows it: every amount and key an integer
 * at a common scale, every product and sum a safe integer (all terms are ≥ 0, so a sum that is
 * safe at the end was exact at every step). Sets the onderdelen's and pijlers' sums as the
 * decimal path would (`sommen.ts`: the same exact values) and gives the integers for the rows'
 * columns. Undefined, with nothing set, when it cannot: dekking spread naar rato (its shares are
 * fractions), more decimals than a double's integers hold, a sum beyond 2⁵³.
 */
export function integerSums(perioden: readonly PeriodeGroep[], opgave: readonly OpgaveRij[], dekking: readonly DekkingRij[], opgaveCount: number, dekkingCount: number): IntegerSums | undefined {
  if (perioden.some((per) => per.pijlers.some((p) => p.naarRato.length > 0))) return undefined;
  const amounts = new Scales();
  const keys = new Scales();
  const a = new Float64Array(opgaveCount);
  const as = new Uint8Array(opgaveCount);
  const k = new Float64Array(opgaveCount);
  const ks = new Uint8Array(opgaveCount);
  const c = new Float64Array(dekkingCount);
  const cs = new Uint8Array(dekkingCount);
  const f = new Float64Array(dekkingCount);
  const fs = new Uint8Array(dekkingCount);
  for (const row of opgave) if (!amounts.read(row.opgave, a, as, row.index) || !keys.read(row.sleutel, k, ks, row.index)) return undefined;
  for (const row of dekking) if (!amounts.read(row.cofinanciering, c, cs, row.index) || !amounts.read(row.rijksfinanciering, f, fs, row.index)) return undefined;
  const S = amounts.scale;
  const K = keys.scale;
  if (S + K > 15) return undefined;
  const r = new Float64Array(opgaveCount);
  for (const { index: i } of opgave) {
    a[i] = rescale(a[i], as[i], S);
    k[i] = rescale(k[i], ks[i], K);
    r[i] = a[i] * k[i];
    if (!safe(r[i])) return undefined;
  }
  const t = new Float64Array(dekkingCount);
  for (const { index: j } of dekking) {
    c[j] = rescale(c[j], cs[j], S);
    f[j] = rescale(f[j], fs[j], S);
    t[j] = c[j] + f[j];
    if (!safe(t[j])) return undefined;
  }
  const groepen = new Map<OnderdeelGroep, GroepSom>();
  const pijlerSommen: [PeriodeGroep['pijlers'][number], number[]][] = [];
  for (const per of perioden) {
    for (const p of per.pijlers) {
      for (const g of p.groepen) {
        let opg = 0;
        let rd = 0;
        let dek = 0;
        let rdek = 0;
        const key = k[g.opgaveRijen[0].index];
        let eenSleutel = true;
        for (const { index: i } of g.opgaveRijen) {
          opg += a[i];
          rd += r[i];
          if (k[i] !== key) eenSleutel = false;
        }
        for (const { row } of g.dekkingRijen) {
          dek += t[row.index];
          rdek += f[row.index];
        }
        if (![opg, rd, dek, rdek, rdek * POW10[K]].every(safe)) return undefined;
        groepen.set(g, { opgave: opg, rijksdeel: rd, dekking: dek, rijksdekking: rdek, eenSleutel });
      }
      const som = (rows: readonly DekkingRij[], of: Float64Array) => rows.reduce((s, row) => s + of[row.index], 0);
      const sums = [som(p.dekkingRijen, t), som(p.dekkingRijen, f), som(p.pijlerRijen, t), som(p.pijlerRijen, f)];
      if (!sums.every(safe)) return undefined;
      pijlerSommen.push([p, sums]);
    }
  }
  // Every check passed: the sums as the exact Decimals the decimal path would make.
  const dec = (n: number, s: number) => new Dec(`${n}e-${s}`);
  for (const [g, som] of groepen) {
    g.opgave = dec(som.opgave, S);
    g.rijksdeel = dec(som.rijksdeel, S + K);
    g.dekking = dec(som.dekking, S);
    g.rijksdekking = dec(som.rijksdekking, S);
  }
  for (const [p, [d, rd, pd, prd]] of pijlerSommen) {
    p.dekking = dec(d, S);
    p.rijksdekking = dec(rd, S);
    p.pijlerDekking = dec(pd, S);
    p.pijlerRijksdekking = dec(prd, S);
  }
  return { scale: S, sleutelScale: K, opgave: a, rijksdeel: r, totaleDekking: t, groepen };
}
