import { Dec, type DekkingInvoer, type Herkomst, type OpgaveInvoer } from '../../../src/engine';

/** Compact row builders for the engine's tests. */
export function opgave(
  periode: string,
  pijler: string,
  onderdeel: string,
  bedrag: string | number,
  extra: Partial<OpgaveInvoer> = {},
): OpgaveInvoer {
  return { periode, pijler, onderdeel, gebied: '', opgave: new Dec(bedrag), ...extra };
}

export function dekking(
  periode: string,
  pijler: string,
  onderdeel: string,
  cofin: string | number,
  rijks: string | number,
  extra: Partial<DekkingInvoer> = {},
): DekkingInvoer {
  return {
    periode,
    pijler,
    bron: 'bron',
    onderdeel,
    gebied: '',
    cofinanciering: new Dec(cofin),
    rijksfinanciering: new Dec(rijks),
    ...extra,
  };
}

/** A herkomst as the workbook layer gives it: row `rij` of `blad`, the fields in columns A.. */
export function at(blad: string, rij: number, fields: string[]): Herkomst {
  return { blad, rij, cellen: Object.fromEntries(fields.map((f, i) => [f, `${String.fromCharCode(65 + i)}${rij}`])) };
}
