import type { SheetInit } from '../../src/sheet';
import { plainRows } from './data';

/** The rows of `plainRows(n)` as an analyst's Opgave and Dekking sheets, headers in row 1. */
export function benchSheets(n: number): Record<'Opgave' | 'Dekking', SheetInit> {
  const { opgave, dekking } = plainRows(n);
  return {
    Opgave: {
      values: [
        ['Periode', 'Pijler', 'Onderdeel', 'Gebied', 'Opgave'],
        ...opgave.map((r) => [r.periode, r.pijler, r.onderdeel, r.gebied, r.opgave]),
      ],
    },
    Dekking: {
      values: [
        ['Periode', 'Pijler', 'Bron', 'Onderdeel', 'Gebied', 'Cofinanciering', 'Rijksfinanciering'],
        ...dekking.map((r) => [r.periode, r.pijler, r.bron, r.onderdeel || null, r.gebied, r.cofinanciering, r.rijksfinanciering]),
      ],
    },
  };
}
