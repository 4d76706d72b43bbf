import { STANDAARD_SLEUTELS } from '../src/engine';
import type { PlainRows } from './data';

/**
 * A BASELINE FOR THE BENCHMARK ONLY, never used by the product: the model's grouping and sums
 * in plain JS floats, to show what exact decimals cost. Same grouping, allocation and both
 * methods; no checks, no messages, no row columns.
 */
export function floatModel({ opgave, dekking }: PlainRows): Map<string, number[]> {
  const keys = new Map(STANDAARD_SLEUTELS.map((s) => [`${s.pijler}|${s.onderdeel.toLowerCase()}`, s.rijksaandeel.toNumber()]));
  const groups = new Map<string, number[]>(); // opgave, rijksdeel, dekking, rijksdekking
  const pillars = new Map<string, number[]>(); // dekking, rijksdekking
  for (const r of opgave) {
    const key = `${r.periode}|${r.pijler}|${r.onderdeel.toLowerCase()}|${r.gebied.toLowerCase()}`;
    const g = groups.get(key) ?? groups.set(key, [0, 0, 0, 0]).get(key)!;
    g[0] += r.opgave;
    g[1] += r.opgave * (keys.get(`${r.pijler}|${r.onderdeel.toLowerCase()}`) ?? keys.get(`${r.pijler}|*`)!);
  }
  for (const d of dekking) {
    const p = pillars.get(`${d.periode}|${d.pijler}`) ?? pillars.set(`${d.periode}|${d.pijler}`, [0, 0]).get(`${d.periode}|${d.pijler}`)!;
    p[0] += d.cofinanciering + d.rijksfinanciering;
    p[1] += d.rijksfinanciering;
    const g = groups.get(`${d.periode}|${d.pijler}|${d.onderdeel.toLowerCase()}|${d.gebied.toLowerCase()}`);
    if (g) {
      g[2] += d.cofinanciering + d.rijksfinanciering;
      g[3] += d.rijksfinanciering;
    }
  }
  const result = new Map<string, number[]>();
  for (const [key, [o, r, d, rd]] of groups) {
    const pillar = key.split('|').slice(0, 2).join('|');
    const t = result.get(pillar) ?? result.set(pillar, [0, 0, 0, 0]).get(pillar)!;
    t[0] += o;
    t[1] += r;
    t[2] += Math.max(0, o - d);
    t[3] += Math.max(0, r - rd);
  }
  for (const [pillar, t] of result) {
    const [d, rd] = pillars.get(pillar) ?? [0, 0];
    t.push(Math.max(0, t[0] - d), Math.max(0, t[1] - rd));
  }
  return result;
}
