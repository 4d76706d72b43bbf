import { periodeKey } from '../invoer/perioden';
import { normalize, onderdeelKey, pijlerKey } from '../names';
import type { DekkingInvoer, OpgaveInvoer } from '../types';

/**
 * Rows of two versions matched to each other (issue 17): by periode, pijler, onderdeel, gebied
 * and scenario (and bron for dekking), spelled as the engine compares names; the k-th row with
 * a key matches the k-th row with it in the other version.
 */

/** Keys joined by a character no name holds. */
export const samen = (...delen: string[]): string => delen.join('\u001f');

const opgaveSleutel = (r: OpgaveInvoer) =>
  samen(periodeKey(r.periode), pijlerKey(r.pijler), onderdeelKey(r.onderdeel), normalize(r.gebied ?? ''), normalize(r.scenario ?? ''));

const dekkingSleutel = (r: DekkingInvoer) =>
  samen(
    periodeKey(r.periode),
    pijlerKey(r.pijler),
    normalize(r.bron),
    onderdeelKey(r.onderdeel),
    normalize(r.gebied ?? ''),
    normalize(r.scenario ?? ''),
  );

/** Indices into the old and new rows: pairs that match, old rows that match nothing, new rows that match nothing. */
export interface Koppeling {
  paren: [number, number][];
  vervallen: number[];
  toegevoegd: number[];
}

function koppel<T>(oud: readonly T[], nieuw: readonly T[], sleutel: (r: T) => string): Koppeling {
  const vrij = new Map<string, number[]>();
  nieuw.forEach((r, j) => {
    const k = sleutel(r);
    const lijst = vrij.get(k);
    if (lijst) lijst.push(j);
    else vrij.set(k, [j]);
  });
  const paren: [number, number][] = [];
  const vervallen: number[] = [];
  const gekoppeld = new Set<number>();
  oud.forEach((r, i) => {
    const j = vrij.get(sleutel(r))?.shift();
    if (j === undefined) vervallen.push(i);
    else {
      paren.push([i, j]);
      gekoppeld.add(j);
    }
  });
  const toegevoegd = nieuw.map((_, j) => j).filter((j) => !gekoppeld.has(j));
  return { paren, vervallen, toegevoegd };
}

export interface Koppelingen {
  opgave: Koppeling;
  dekking: Koppeling;
}

export function koppelRijen(oud: { opgave: readonly OpgaveInvoer[]; dekking: readonly DekkingInvoer[] }, nieuw: typeof oud): Koppelingen {
  return { opgave: koppel(oud.opgave, nieuw.opgave, opgaveSleutel), dekking: koppel(oud.dekking, nieuw.dekking, dekkingSleutel) };
}

/** A dekking row's bron as the comparison groups it (one part per bron). */
export const bronSleutel = (r: DekkingInvoer): string => normalize(r.bron);

/** The bronnen of the Dekking rows of both versions, in the order of their first row (old, then new), named as the new version spells them. */
export function bronVolgorde(oud: readonly DekkingInvoer[], nieuw: readonly DekkingInvoer[]): { sleutel: string; naam: string }[] {
  const namen = new Map<string, string>();
  for (const r of [...nieuw, ...oud]) if (!namen.has(bronSleutel(r))) namen.set(bronSleutel(r), r.bron.trim());
  return [...new Set([...oud, ...nieuw].map(bronSleutel))].map((sleutel) => ({ sleutel, naam: namen.get(sleutel)! }));
}
