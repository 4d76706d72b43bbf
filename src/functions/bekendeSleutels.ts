import { standaardSleutel, type Dec } from '../engine';

/*
 * The default verdeelsleutels of the onderdelen a key argument names, each looked up in the
 * engine once per name (the lookup is pure: a name always has the same key).
 */

/** A key argument that names an onderdeel (`Nieuwbouw`), not a fraction (`0,5`, `50%`). */
export const isOnderdeelNaam = (v: unknown): v is string => typeof v === 'string' && !/^\s*[\d.,]+\s*%?\s*$/.test(v);

/** An onderdeel's default key, also as the number a cell would hold. */
export interface BekendeSleutel {
  sleutel: Dec;
  getal: number;
}

// A column of RIJKSDEEL calls names the same few onderdelen thousands of times: each is looked up once.
const bekend = new Map<string, BekendeSleutel>();

/** A name looked up before, with a key: an onderdeel's name without a second look at its spelling. */
export const bekendeNaam = (naam: string): boolean => bekend.has(naam);

export function standaardSleutelVan(naam: string): BekendeSleutel | undefined {
  let b = bekend.get(naam);
  if (b === undefined) {
    const s = standaardSleutel(naam);
    if (!s.ok) return undefined;
    if (bekend.size >= 10_000) bekend.clear();
    b = { sleutel: s.sleutel, getal: s.sleutel.toNumber() };
    bekend.set(naam, b);
  }
  return b;
}
