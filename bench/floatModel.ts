import { STANDAARD_SLEUTELS } from '../src/engine';
import type { PlainRows } from '../test/support/data';

const JAREN: Record<string, number> = { 'tot 2030': 4, '2030 t/m 2035': 6 };

/**
 * A BASELINE FOR THE BENCHMARK ONLY, never used by the product: what the engine computes, in
 * plain JS floats — groups, dekking allocated to onderdeel or pillar, both methods, and every
 * row's columns (own Rijksdeel, shares of dekking and Rijksdekking, rest, overschot, per jaar) —
 * to show what exact decimals cost. No checks and no messages.
 */
export function floatModel({ opgave, dekking }: PlainRows): { pillars: Map<string, number[]>; rows: number[][] } {
  const keys = new Map(STANDAARD_SLEUTELS.map((s) => [`${s.pijler}|${s.onderdeel.toLowerCase()}`, s.rijksaandeel.toNumber()]));
  type Group = { rows: number[]; o: number; r: number; d: number; rd: number; jaren: number };
  const groups = new Map<string, Group>();
  const pillarDekking = new Map<string, number[]>();
  const ownRijksdeel = opgave.map((r) => r.opgave * (keys.get(`${r.pijler}|${r.onderdeel.toLowerCase()}`) ?? keys.get(`${r.pijler}|*`)!));
  opgave.forEach((r, i) => {
    const key = `${r.periode}|${r.pijler}|${r.onderdeel.toLowerCase()}|${r.gebied.toLowerCase()}`;
    const g = groups.get(key) ?? groups.set(key, { rows: [], o: 0, r: 0, d: 0, rd: 0, jaren: JAREN[r.periode] }).get(key)!;
    g.rows.push(i);
    g.o += r.opgave;
    g.r += ownRijksdeel[i];
  });
  for (const d of dekking) {
    const pillar = `${d.periode}|${d.pijler}`;
    const p = pillarDekking.get(pillar) ?? pillarDekking.set(pillar, [0, 0]).get(pillar)!;
    p[0] += d.cofinanciering + d.rijksfinanciering;
    p[1] += d.rijksfinanciering;
    const g = groups.get(`${pillar}|${d.onderdeel.toLowerCase()}|${d.gebied.toLowerCase()}`);
    if (g) {
      g.d += d.cofinanciering + d.rijksfinanciering;
      g.rd += d.rijksfinanciering;
    }
  }
  const pillars = new Map<string, number[]>();
  const rows: number[][] = new Array(opgave.length);
  for (const [key, g] of groups) {
    const pillar = key.split('|').slice(0, 2).join('|');
    const t = pillars.get(pillar) ?? pillars.set(pillar, [0, 0, 0, 0, 0]).get(pillar)!;
    t[0] += g.o;
    t[1] += g.r;
    t[2] += Math.max(0, g.o - g.d);
    t[3] += Math.max(0, g.r - g.rd);
    t[4] += Math.max(0, g.d - g.o);
    for (const i of g.rows) {
      const d = g.o === 0 ? 0 : (g.d * opgave[i].opgave) / g.o;
      const rd = g.r === 0 ? 0 : (g.rd * ownRijksdeel[i]) / g.r;
      const rest = Math.max(0, opgave[i].opgave - d);
      rows[i] = [ownRijksdeel[i], d, rd, rest, Math.max(0, ownRijksdeel[i] - rd), rest / g.jaren, Math.max(0, d - opgave[i].opgave)];
    }
  }
  for (const [pillar, t] of pillars) {
    const [d, rd] = pillarDekking.get(pillar) ?? [0, 0];
    const jaren = JAREN[pillar.split('|')[0]];
    t.push(Math.max(0, t[0] - d), Math.max(0, t[1] - rd), Math.max(0, t[0] - d) / jaren);
  }
  return { pillars, rows };
}
