import { Dec } from '../../decimal';
import type { DekkingRij, OpgaveRij } from '../../invoer/rows';
import type { Indeling } from '../groepen';
import { POW10, scaled, scaleFound } from '../../scaled';

/** An integer in units of 10^-s as a Decimal, from its digits with the point set (decimal.js's plainest reading). */
function dec(n: number, s: number): Dec {
  if (s === 0) return new Dec(n);
  const digits = String(n).padStart(s + 1, '0');
  return new Dec(`${digits.slice(0, -s)}.${digits.slice(-s)}`);
}

/**
 * The integers of one computation: amounts in units of 10^-scale, keys in 10^-sleutelScale,
 * Rijksdelen in 10^-(scale + sleutelScale); per row by its index, per onderdeel by its `nummer`.
 */
export interface IntegerSums {
  scale: number;
  sleutelScale: number;
  /** By opgave row: its opgave and its Rijksdeel (opgave × key). */
  opgave: Float64Array;
  rijksdeel: Float64Array;
  /** By dekking row: its Totale dekking. */
  totaleDekking: Float64Array;
  /** By onderdeel: its sums, and whether all its rows have one key (then a row's share of the Rijksdeel is its share of the opgave). */
  groepOpgave: Float64Array;
  groepRijksdeel: Float64Array;
  groepDekking: Float64Array;
  groepRijksdekking: Float64Array;
  eenSleutel: Uint8Array;
}

const safe = Number.isSafeInteger;

/** The most years a periode may have for the integer path (a workbook's periode of more years takes decimal.js). */
const MAX_JAREN = 10_000;

/** Reads a Decimal into n[i] and its decimals into s[i]; false when it is no integer the path can hold. */
function read(x: Dec, n: Float64Array, s: Uint8Array, i: number): boolean {
  const v = scaled(x);
  n[i] = v;
  s[i] = scaleFound;
  return v >= 0;
}

/** Brings every value of n (at its scale s) to `to` decimals; false when one is no safe integer. */
function rescale(n: Float64Array, s: Uint8Array, to: number): boolean {
  for (let i = 0; i < n.length; i++) {
    if (s[i] === to) continue;
    n[i] *= POW10[to - s[i]];
    if (!safe(n[i])) return false;
  }
  return true;
}

const max = (s: Uint8Array) => s.reduce((a, b) => (b > a ? b : a), 0);

/**
 * The exact integer path (issue 15), when the input allows it: every amount and key an integer
 * at a common scale, every product and sum a safe integer (all terms are ≥ 0, so a sum that is
 * safe at the end was exact at every step). Sets the onderdelen's and pijlers' sums as the
 * decimal path would (`sommen.ts`: the same exact values) and gives the integers for the rows'
 * columns. Undefined, with nothing set, when it cannot: dekking spread naar rato (its shares are
 * fractions), more decimals than a double's integers hold, a sum beyond 2⁵³.
 * Each row object is visited once, to read its amounts; the rest runs over columns.
 */
export function integerSums(indeling: Indeling, opgave: readonly OpgaveRij[], dekking: readonly DekkingRij[]): IntegerSums | undefined {
  if (indeling.pijlers.some((p) => p.naarRato.length > 0)) return undefined;
  // A yearly figure divides by the periode's years: the integers need them to be a small whole number.
  if (indeling.perioden.some(({ def }) => !Number.isSafeInteger(def.jaren) || def.jaren < 1 || def.jaren > MAX_JAREN)) return undefined;
  const nOpgave = indeling.groepVanOpgave.length;
  const nDekking = indeling.groepVanDekking.length;
  const [a, k] = [new Float64Array(nOpgave), new Float64Array(nOpgave)];
  const [as, ks] = [new Uint8Array(nOpgave), new Uint8Array(nOpgave)];
  const [c, f] = [new Float64Array(nDekking), new Float64Array(nDekking)];
  const [cs, fs] = [new Uint8Array(nDekking), new Uint8Array(nDekking)];
  // Rows with the key in force share its Decimal: it is read once.
  let key: Dec | undefined;
  let vorige = -1;
  for (const row of opgave) {
    const i = row.index;
    if (!read(row.opgave, a, as, i)) return undefined;
    if (row.sleutel === key) {
      k[i] = k[vorige];
      ks[i] = ks[vorige];
    } else if (!read(row.sleutel, k, ks, i)) return undefined;
    key = row.sleutel;
    vorige = i;
  }
  for (const row of dekking)
    if (!read(row.cofinanciering, c, cs, row.index) || !read(row.rijksfinanciering, f, fs, row.index)) return undefined;
  const S = Math.max(max(as), max(cs), max(fs));
  const K = max(ks);
  if (S + K > 15 || !rescale(a, as, S) || !rescale(k, ks, K) || !rescale(c, cs, S) || !rescale(f, fs, S)) return undefined;

  const ng = indeling.groepen.length;
  const [O, R, D, RD, sleutel] = [
    new Float64Array(ng),
    new Float64Array(ng),
    new Float64Array(ng),
    new Float64Array(ng),
    new Float64Array(ng).fill(-1),
  ];
  const eenSleutel = new Uint8Array(ng).fill(1);
  const r = new Float64Array(nOpgave);
  const { groepVanOpgave, groepVanDekking, pijlerVanDekking, pijlerniveau } = indeling;
  for (let i = 0; i < nOpgave; i++) {
    const g = groepVanOpgave[i];
    if (g < 0) continue;
    r[i] = a[i] * k[i];
    if (!safe(r[i])) return undefined;
    O[g] += a[i];
    R[g] += r[i];
    if (sleutel[g] < 0) sleutel[g] = k[i];
    else if (sleutel[g] !== k[i]) eenSleutel[g] = 0;
  }
  const np = indeling.pijlers.length;
  const [pd, prd, pnd, pnrd] = [new Float64Array(np), new Float64Array(np), new Float64Array(np), new Float64Array(np)];
  const t = new Float64Array(nDekking);
  for (let j = 0; j < nDekking; j++) {
    const p = pijlerVanDekking[j];
    if (p < 0) continue;
    t[j] = c[j] + f[j];
    pd[p] += t[j];
    prd[p] += f[j];
    if (pijlerniveau[j]) {
      pnd[p] += t[j];
      pnrd[p] += f[j];
    }
    const g = groepVanDekking[j];
    if (g >= 0) {
      D[g] += t[j];
      RD[g] += f[j];
    }
  }
  const TK = POW10[K];
  for (let g = 0; g < ng; g++) if (!safe(O[g]) || !safe(R[g]) || !safe(D[g]) || !safe(RD[g] * TK)) return undefined;
  for (let p = 0; p < np; p++) if (!safe(pd[p]) || !safe(prd[p])) return undefined;

  // Every check passed: the sums as the exact Decimals the decimal path would make.
  indeling.groepen.forEach((g, i) => {
    g.opgave = dec(O[i], S);
    g.rijksdeel = dec(R[i], S + K);
    g.dekking = dec(D[i], S);
    g.rijksdekking = dec(RD[i], S);
  });
  indeling.pijlers.forEach((p, i) => {
    p.dekking = dec(pd[i], S);
    p.rijksdekking = dec(prd[i], S);
    p.pijlerDekking = dec(pnd[i], S);
    p.pijlerRijksdekking = dec(pnrd[i], S);
  });
  return {
    scale: S,
    sleutelScale: K,
    opgave: a,
    rijksdeel: r,
    totaleDekking: t,
    groepOpgave: O,
    groepRijksdeel: R,
    groepDekking: D,
    groepRijksdekking: RD,
    eenSleutel,
  };
}
