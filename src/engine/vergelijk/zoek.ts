import { periodeKey } from '../invoer/perioden';
import { normalize, onderdeelKey, pijlerKey } from '../names';
import type { Knoop, VergelijkDoel, Vergelijking, Wijziging } from './types';

/** Names compared as the comparison matches them (spelling does not matter). */
const gelijk = {
  periode: (a: string, b: string) => periodeKey(a) === periodeKey(b),
  pijler: (a: string, b: string) => pijlerKey(a) === pijlerKey(b),
  onderdeel: (a: string, b: string) => onderdeelKey(a) === onderdeelKey(b),
  gebied: (a: string, b: string) => normalize(a) === normalize(b),
};

/** The node a doel names: a periode, or a pijler, onderdeel or gebied in it; undefined when the comparison has none. */
export function zoekKnoop(v: Vergelijking, doel: Omit<VergelijkDoel, 'veld'>): Knoop | undefined {
  const periode = v.perioden.find((p) => gelijk.periode(p.naam, doel.periode));
  if (!periode || doel.pijler === undefined) return doel.pijler === undefined ? periode : undefined;
  const pijler = periode.pijlers.find((x) => gelijk.pijler(x.naam, doel.pijler!));
  if (!pijler || doel.onderdeel === undefined) return doel.onderdeel === undefined && doel.gebied === undefined ? pijler : undefined;
  const onderdeel = pijler.onderdelen.find((o) => gelijk.onderdeel(o.naam, doel.onderdeel!));
  if (!onderdeel || doel.gebied === undefined) return onderdeel;
  return onderdeel.gebieden.find((g) => gelijk.gebied(g.naam, doel.gebied!));
}

/**
 * Whether a change of the input lies in a node. A change of a row lies where its row does (a
 * Dekking row on pijler level in no onderdeel). The others — a key of the Verdeelsleutels sheet,
 * a periode's years, a scenario — name only what all their rows share: an empty level (and an
 * onderdeel `*`) is every one.
 */
export function ligtIn(w: Wijziging, doel: Omit<VergelijkDoel, 'veld'>): boolean {
  const rij = (w.oorzaak !== 'sleutels' || w.periode !== '') && w.oorzaak !== 'scenarios' && w.veld !== 'jaren';
  const past = (veld: keyof typeof gelijk) =>
    doel[veld] === undefined || (!rij && (w[veld] === '' || w[veld] === '*')) || gelijk[veld](w[veld], doel[veld]!);
  return past('periode') && past('pijler') && past('onderdeel') && past('gebied');
}
