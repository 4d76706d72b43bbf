import { STANDAARD_SLEUTELS } from '../src/engine';
import type { PlainRows } from '../test/support/data';
import type { Figures } from '../test/support/sameFigures';

const JAREN: Record<string, number> = { 'tot 2030': 4, '2030 t/m 2035': 6 };

/** The figures of an onderdeel (per gebied), in the engine's names (OnderdeelCijfers), in the order of `FloatFigures.onderdelen`. */
export const ONDERDEEL_VELDEN = [
  'opgave',
  'verdeelsleutel',
  'rijksdeel',
  'dekking',
  'rijksdekking',
  'restopgave',
  'restRijksopgave',
  'overschot',
  'rijksoverschot',
  'jaarlijkseRestopgave',
] as const;
/** The figures of a pijler and of a periode's total (Cijfers), in the order of `FloatFigures.pijlers` and `totalen`. */
export const CIJFER_VELDEN = [
  'opgave',
  'rijksdeel',
  'dekking',
  'rijksdekking',
  'restopgave',
  'restRijksopgave',
  'restopgavePerOnderdeel',
  'restRijksopgavePerOnderdeel',
  'overschot',
  'rijksoverschot',
  'pijlerDekking',
  'pijlerRijksdekking',
  'jaarlijkseRestopgave',
  'jaarlijkseRestRijksopgave',
] as const;
/** The figures of an opgave row (RegelCijfers), in the order of `Figures.rows`. */
export const REGEL_VELDEN = [
  'rijksdeel',
  'dekking',
  'rijksdekking',
  'restopgave',
  'restRijksopgave',
  'jaarlijkseRestopgave',
  'overschot',
] as const;

/**
 * `pillars` and `rows` as the formula model gives them too; besides them every figure the
 * engine's result holds, keyed `periode|pijler|onderdeel|gebied` (lower case), `periode|pijler`
 * and `periode`, and each dekking row's total.
 */
export interface FloatFigures extends Figures {
  onderdelen: Map<string, number[]>;
  pijlers: Map<string, number[]>;
  totalen: Map<string, number[]>;
  totaleDekking: number[];
}

type Group = { rows: number[]; o: number; r: number; d: number; rd: number; jaren: number };
const rest = (a: number, b: number) => Math.max(0, a - b);

/** Saldering on the sums of a pijler or periode, as MODEL.md "Per pijler" (CIJFER_VELDEN's order). */
function cijfers([o, r, d, rd, restPO, restRijksPO, over, rijksOver, pd, prd]: number[], jaren: number): number[] {
  return [o, r, d, rd, rest(o, d), rest(r, rd), restPO, restRijksPO, over, rijksOver, pd, prd, rest(o, d) / jaren, rest(r, rd) / jaren];
}

/**
 * A BASELINE FOR THE BENCHMARK ONLY, never used by the product: what the engine computes, in
 * plain JS floats, written from MODEL.md — groups, dekking allocated to onderdeel or pillar,
 * both methods, the periode totals, and every row's columns (own Rijksdeel, shares of dekking
 * and Rijksdekking, rest, overschot, per jaar) — to show what exact decimals cost, and to check
 * the engine's figures. No checks and no messages.
 */
export function floatModel({ opgave, dekking }: PlainRows): FloatFigures {
  const keys = new Map(STANDAARD_SLEUTELS.map((s) => [`${s.pijler}|${s.onderdeel.toLowerCase()}`, s.rijksaandeel.toNumber()]));
  const groups = new Map<string, Group>();
  // Per periode|pijler: all its dekking and Rijksdekking, and what of it lies in no onderdeel.
  const pillarDekking = new Map<string, number[]>();
  const ownRijksdeel = opgave.map((r) => r.opgave * (keys.get(`${r.pijler}|${r.onderdeel.toLowerCase()}`) ?? keys.get(`${r.pijler}|*`)!));
  opgave.forEach((r, i) => {
    const key = `${r.periode}|${r.pijler}|${r.onderdeel.toLowerCase()}|${r.gebied.toLowerCase()}`;
    const g = groups.get(key) ?? groups.set(key, { rows: [], o: 0, r: 0, d: 0, rd: 0, jaren: JAREN[r.periode] }).get(key)!;
    g.rows.push(i);
    g.o += r.opgave;
    g.r += ownRijksdeel[i];
  });
  const totaleDekking = dekking.map((d) => {
    const pillar = `${d.periode}|${d.pijler}`;
    const p = pillarDekking.get(pillar) ?? pillarDekking.set(pillar, [0, 0, 0, 0]).get(pillar)!;
    const total = d.cofinanciering + d.rijksfinanciering;
    p[0] += total;
    p[1] += d.rijksfinanciering;
    const g = groups.get(`${pillar}|${d.onderdeel.toLowerCase()}|${d.gebied.toLowerCase()}`);
    if (g) {
      g.d += total;
      g.rd += d.rijksfinanciering;
    } else {
      p[2] += total;
      p[3] += d.rijksfinanciering;
    }
    return total;
  });
  // Per periode|pijler, the sums of CIJFER_VELDEN before saldering: o, r, d, rd, restPO, restRijksPO, overschot, rijksoverschot, pijlerdekking (2).
  const sums = new Map<string, number[]>();
  const onderdelen = new Map<string, number[]>();
  const rows: number[][] = new Array(opgave.length);
  for (const [key, g] of groups) {
    const pillar = key.split('|').slice(0, 2).join('|');
    const [d, rd, pd, prd] = pillarDekking.get(pillar) ?? [0, 0, 0, 0];
    const t = sums.get(pillar) ?? sums.set(pillar, [0, 0, d, rd, 0, 0, 0, 0, pd, prd]).get(pillar)!;
    const figures = [
      g.o,
      g.r / g.o,
      g.r,
      g.d,
      g.rd,
      rest(g.o, g.d),
      rest(g.r, g.rd),
      rest(g.d, g.o),
      rest(g.rd, g.r),
      rest(g.o, g.d) / g.jaren,
    ];
    onderdelen.set(key, figures);
    [t[0], t[1], t[4], t[5], t[6], t[7]] = [
      t[0] + g.o,
      t[1] + g.r,
      t[4] + figures[5],
      t[5] + figures[6],
      t[6] + figures[7],
      t[7] + figures[8],
    ];
    for (const i of g.rows) {
      const share = g.o === 0 ? 0 : (g.d * opgave[i].opgave) / g.o;
      const rijksShare = g.r === 0 ? 0 : (g.rd * ownRijksdeel[i]) / g.r;
      const restRow = rest(opgave[i].opgave, share);
      rows[i] = [
        ownRijksdeel[i],
        share,
        rijksShare,
        restRow,
        rest(ownRijksdeel[i], rijksShare),
        restRow / g.jaren,
        rest(share, opgave[i].opgave),
      ];
    }
  }
  const pijlers = new Map<string, number[]>();
  const periodSums = new Map<string, number[]>();
  for (const [pillar, t] of sums) {
    const periode = pillar.split('|')[0];
    pijlers.set(pillar, cijfers(t, JAREN[periode]));
    const p =
      periodSums.get(periode) ??
      periodSums
        .set(
          periode,
          t.map(() => 0),
        )
        .get(periode)!;
    t.forEach((x, i) => (p[i] += x));
  }
  const totalen = new Map([...periodSums].map(([periode, t]) => [periode, cijfers(t, JAREN[periode])]));
  // The formula model's shape: opgave, rijksdeel, restPO, restRijksPO, overschot, saldering, rijks saldering, per jaar.
  const pillars = new Map([...pijlers].map(([pillar, c]) => [pillar, [c[0], c[1], c[6], c[7], c[8], c[4], c[5], c[12]]]));
  return { pillars, rows, onderdelen, pijlers, totalen, totaleDekking };
}
