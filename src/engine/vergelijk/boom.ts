import { ZERO, type Dec } from '../decimal';
import type { CijferBoom, KnoopCijfers } from './cijfers';
import { samen } from './koppeling';
import type { Stand } from './standen';
import {
  REST_VELDEN,
  VERGELIJK_VELDEN,
  type Deel,
  type Knoop,
  type PeriodeVergelijking,
  type RestVeld,
  type VergelijkVeld,
  type Verschil,
} from './types';

/**
 * The tree of a comparison from the figures of every state: old and new figures per node, and
 * each step's part of the change of the rest fields (the figure after it minus the one before).
 * The parts telescope: in order they add up exactly to new − old.
 */
export function vergelijkBoom(bomen: readonly CijferBoom[], staten: readonly Stand[], perioden: readonly string[]): PeriodeVergelijking[] {
  const [oud, nieuw] = [bomen[0].knopen, bomen[bomen.length - 1].knopen];
  const bedrag = (boom: CijferBoom, k: string, veld: VergelijkVeld): Dec => boom.knopen.get(k)?.bedragen[veld] ?? ZERO;

  function knoop(k: string): Knoop {
    const [a, b] = [oud.get(k), nieuw.get(k)];
    const cijfers = {} as Record<VergelijkVeld, Verschil>;
    for (const veld of VERGELIJK_VELDEN) {
      const [o, n] = [a?.bedragen[veld] ?? ZERO, b?.bedragen[veld] ?? ZERO];
      cijfers[veld] = { oud: o, nieuw: n, verschil: n.minus(o) };
    }
    const delen: Deel[] = [];
    for (let s = 1; s < bomen.length; s++) {
      const bedragen = {} as Record<RestVeld, Dec>;
      for (const veld of REST_VELDEN) bedragen[veld] = bedrag(bomen[s], k, veld).minus(bedrag(bomen[s - 1], k, veld));
      if (REST_VELDEN.some((v) => !bedragen[v].isZero())) delen.push({ oorzaak: staten[s].oorzaak!, bron: staten[s].bron, bedragen });
    }
    const status = a && b ? 'beide' : b ? 'toegevoegd' : 'vervallen';
    return { naam: (b ?? a)!.naam, status, cijfers, delen };
  }

  /** The children in either version: the new one's order, then those only the old one has. */
  const kinderen = (k: string): string[] => {
    const eigen = (x?: KnoopCijfers) => x?.kinderen ?? [];
    const nieuwe = eigen(nieuw.get(k));
    return [...nieuwe, ...eigen(oud.get(k)).filter((c) => !nieuwe.includes(c))];
  };

  return perioden.map((pk) => ({
    ...knoop(pk),
    pijlers: kinderen(pk).map((xk) => ({
      ...knoop(xk),
      onderdelen: kinderen(xk).map((ok) => {
        const gebieden = kinderen(ok);
        // No gebied named in either version: only the onderdeel itself.
        const zonder = gebieden.length === 1 && gebieden[0] === samen(ok, '');
        return { ...knoop(ok), gebieden: zonder ? [] : gebieden.map(knoop) };
      }),
    })),
  }));
}
