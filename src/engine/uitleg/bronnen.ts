import { Dec } from '../decimal';
import { periodeKey } from '../invoer/perioden';
import type { OpgaveRij } from '../invoer/rows';
import type { Invoer, PeriodeInGebruik } from '../types';
import { term } from './figuur';
import { plekken } from './plek';
import type { UitlegTerm } from './types';

const STANDAARD = 'standaard (MODEL.md)';

/** The verdeelsleutel of an opgave row, with where it comes from: the row, the Verdeelsleutels sheet, the defaults. */
export function sleutelTerm(invoer: Invoer, row: OpgaveRij): UitlegTerm {
  const waar = (p: ReturnType<typeof plekken>, bron: string) =>
    term('verdeelsleutel', row.sleutel, { procent: true, ...(p.length ? { plekken: p } : { bron }) });
  const eigen = invoer.opgave[row.index];
  if (eigen.verdeelsleutel) return waar(plekken(eigen.herkomst, 'verdeelsleutel'), 'verdeelsleutel van de regel');
  // The entry the computation used (sleutels.ts): a default, or a row of the Verdeelsleutels sheet.
  const rij = row.sleutelIn;
  if (!rij || rij.bron === 'standaard') return waar([], STANDAARD);
  return waar(plekken(rij.herkomst, 'rijksaandeel'), `Verdeelsleutels: ${rij.pijler} / ${rij.onderdeel}`);
}

/** The number of years of a periode, with its years (and their cells on a Perioden sheet). */
export function jarenTerm(invoer: Invoer, def: PeriodeInGebruik): UitlegTerm {
  const rij = def.bron === 'werkmap' ? invoer.perioden?.find((p) => periodeKey(p.periode) === periodeKey(def.periode)) : undefined;
  return term('jaren', new Dec(def.jaren), {
    plekken: plekken(rij?.herkomst, 'eersteJaar', 'laatsteJaar'),
    bron: `${def.periode}: ${def.eersteJaar}–${def.laatsteJaar}`,
  });
}
