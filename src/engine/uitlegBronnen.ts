import { Dec } from './decimal';
import { STANDAARD_SLEUTELS } from './defaults';
import { canonicalPijler, onderdeelKey } from './names';
import { periodeKey, type PeriodeDef } from './perioden';
import type { OpgaveRij } from './rows';
import type { Invoer, SleutelInvoer } from './types';
import { term } from './uitlegFiguur';
import { plekken } from './uitlegPlek';
import type { UitlegTerm } from './uitlegTypes';

const STANDAARD = 'standaard (MODEL.md)';

const laatste = <T>(rows: readonly T[], test: (r: T) => boolean) => [...rows].reverse().find(test);

/**
 * The Verdeelsleutels row whose key a row gets, as `resolveSleutels` chooses it: the
 * onderdeel's own key (the sheet's, else the default), else its pijler's `*` (the sheet's).
 * Undefined when the key is a default.
 */
function sleutelRij(rows: readonly SleutelInvoer[], pijler: string, onderdeel: string): SleutelInvoer | undefined {
  const vanPijler = rows.filter((r) => canonicalPijler(r.pijler) === pijler);
  const eigen = laatste(vanPijler, (r) => r.onderdeel.trim() !== '*' && onderdeelKey(r.onderdeel) === onderdeelKey(onderdeel));
  if (eigen) return eigen;
  if (STANDAARD_SLEUTELS.some((s) => s.pijler === pijler && onderdeelKey(s.onderdeel) === onderdeelKey(onderdeel))) return undefined;
  return laatste(vanPijler, (r) => r.onderdeel.trim() === '*');
}

/** The verdeelsleutel of an opgave row, with where it comes from: the row, the Verdeelsleutels sheet, the defaults. */
export function sleutelTerm(invoer: Invoer, row: OpgaveRij): UitlegTerm {
  const waar = (p: ReturnType<typeof plekken>, bron: string) =>
    term('verdeelsleutel', row.sleutel, { procent: true, ...(p.length ? { plekken: p } : { bron }) });
  const eigen = invoer.opgave[row.index];
  if (eigen.verdeelsleutel) return waar(plekken(eigen.herkomst, 'verdeelsleutel'), 'verdeelsleutel van de regel');
  const rij = sleutelRij(invoer.verdeelsleutels ?? [], row.pijler, row.onderdeel);
  if (!rij) return waar([], STANDAARD);
  return waar(plekken(rij.herkomst, 'rijksaandeel'), `Verdeelsleutels: ${rij.pijler} / ${rij.onderdeel}`);
}

/** The number of years of a periode, with its years (and their cells on a Perioden sheet). */
export function jarenTerm(invoer: Invoer, def: PeriodeDef): UitlegTerm {
  const rij = def.bron === 'werkmap' ? invoer.perioden?.find((p) => periodeKey(p.periode) === periodeKey(def.periode)) : undefined;
  return term('jaren', new Dec(def.jaren), {
    plekken: plekken(rij?.herkomst, 'eersteJaar', 'laatsteJaar'),
    bron: `${def.periode}: ${def.eersteJaar}–${def.laatsteJaar}`,
  });
}
