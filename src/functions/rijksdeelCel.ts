import { bekendeNaam, isOnderdeelNaam, standaardSleutelVan } from './bekendeSleutels';
import { rijksdeelGetal } from '../engine';

/** The value of an argument that is one cell (Excel passes it as a 1×1 range), else undefined. */
function enkeleCel(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  return v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : undefined;
}

/** A key cell as a number: an onderdeel with a default key, or a number 0..1. */
function sleutelCel(v: unknown): number | undefined {
  if (typeof v === 'number') return v >= 0 && v <= 1 ? v : undefined;
  return typeof v === 'string' && (bekendeNaam(v) || isOnderdeelNaam(v)) ? standaardSleutelVan(v)?.getal : undefined;
}

/**
 * NPLV.RIJKSDEEL of one amount and one key, as Excel calls it for each cell of a column: the
 * engine's `rijksdeel(opgave, sleutel).toNumber()` in exact integers (`rijksdeelGetal`), the same
 * double without building a Decimal. Undefined when the call is not that case (a range, an
 * empty cell, text, a negative amount, a figure with more digits than a safe integer, a
 * product beyond 2⁵³, an unknown onderdeel): the caller then takes the general path, which also
 * gives every message.
 */
export function rijksdeelCel(opgave: unknown, sleutel: unknown): number | undefined {
  const o = enkeleCel(opgave);
  const k = typeof o === 'number' && o >= 0 ? sleutelCel(enkeleCel(sleutel)) : undefined;
  return k === undefined ? undefined : rijksdeelGetal(o as number, k);
}
