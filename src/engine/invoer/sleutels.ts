import { STANDAARD_SLEUTELS } from './defaults';
import type { Dec } from '../decimal';
import { melding, sleutelFout, engineTekst } from '../messages';
import { canonicalPijler, onderdeelKey } from '../names';
import type { UitgangspuntBron, Melding, SleutelInGebruik, SleutelInvoer } from '../types';

export interface Sleutels {
  /** The key of an onderdeel: its own, else its pijler's `*`; undefined when there is none. */
  lookup(pijler: string, onderdeel: string): Dec | undefined;
  /** The same, as the entry in force (with where it comes from). */
  entry(pijler: string, onderdeel: string): SleutelInGebruik | undefined;
  inGebruik: SleutelInGebruik[];
}

const slot = (pijler: string, onderdeel: string) => `${pijler}|${onderdeel.trim() === '*' ? '*' : onderdeelKey(onderdeel)}`;

export function isValidSleutel(value: Dec): boolean {
  return !value.isNegative() && value.lte(1);
}

/** The verdeelsleutels in force: the defaults, overridden or added to by the workbook's rows. */
export function resolveSleutels(rows: readonly SleutelInvoer[] = []): {
  sleutels: Sleutels;
  meldingen: Melding[];
} {
  const table = new Map<string, SleutelInGebruik>();
  const put = (row: SleutelInvoer, pijler: string, bron: UitgangspuntBron) =>
    table.set(slot(pijler, row.onderdeel), {
      pijler,
      onderdeel: row.onderdeel.trim(),
      rijksaandeel: row.rijksaandeel,
      bron,
      ...(row.herkomst && { herkomst: row.herkomst }),
    });
  STANDAARD_SLEUTELS.forEach((row) => put(row, row.pijler, 'standaard'));
  const meldingen: Melding[] = [];
  for (const row of rows) {
    const pijler = canonicalPijler(row.pijler);
    if (!pijler) meldingen.push(melding('fout', row.herkomst, 'pijler', engineTekst.pijlerOnbekend(row.pijler)));
    else if (!row.onderdeel.trim()) meldingen.push(melding('fout', row.herkomst, 'onderdeel', engineTekst.leeg('onderdeel')));
    else if (!isValidSleutel(row.rijksaandeel)) meldingen.push(sleutelFout(row.rijksaandeel, row.herkomst, 'rijksaandeel'));
    else put(row, pijler, 'werkmap');
  }
  const find = (pijler: string, onderdeel: string) => table.get(slot(pijler, onderdeel)) ?? table.get(slot(pijler, '*'));
  // Asked once per opgave row with a handful of names: each answer is kept.
  const known = new Map<string, Map<string, SleutelInGebruik | undefined>>();
  const entry = (pijler: string, onderdeel: string) => {
    const ofPijler = known.get(pijler) ?? known.set(pijler, new Map()).get(pijler)!;
    if (!ofPijler.has(onderdeel)) ofPijler.set(onderdeel, find(pijler, onderdeel));
    return ofPijler.get(onderdeel);
  };
  const lookup = (pijler: string, onderdeel: string) => entry(pijler, onderdeel)?.rijksaandeel;
  return { sleutels: { lookup, entry, inGebruik: [...table.values()] }, meldingen };
}
