import voorbeeld from '../../../src/voorbeeld/voorbeeld.json';
import { Dec, type Invoer } from '../../../src/engine';

/** The seed's inputs (voorbeeld.json) as engine rows, built by hand, without the workbook layer. */
export function seedInvoer(): Invoer {
  return {
    opgave: voorbeeld.opgave.map((r) => ({ ...r, gebied: '', opgave: new Dec(r.opgave) })),
    dekking: voorbeeld.dekking.map((r) => ({
      periode: r.periode,
      pijler: r.pijler,
      bron: r.bron,
      onderdeel: r.onderdeel,
      gebied: '',
      cofinanciering: new Dec(r.cofinanciering),
      rijksfinanciering: new Dec(r.rijksfinanciering),
    })),
  };
}

export { voorbeeld };
