import type { Dec } from '../decimal';
import { canonicalPijler, normalize, onderdeelKey } from '../names';
import { periodeFinder, periodeKey } from '../invoer/perioden';
import { resolveSleutels } from '../invoer/sleutels';
import type { Herkomst, Invoer, Resultaat } from '../types';
import type { GevoeligheidStatus, SleutelHerkomst, SleutelSoort } from './types';

/** A verdeelsleutel as the rows use it (issue 19): its rows and their keys, before any figure. */
export interface SleutelGroep {
  periode: string;
  pijler: string;
  onderdeel: string;
  soort: SleutelSoort;
  /** onderdeelKey of every onderdeel it moves, with the name the first row gives it. */
  onderdelen: Map<string, string>;
  herkomst: SleutelHerkomst[];
  sleutelRij?: Herkomst;
  /** The rows that count, with the key each has now. */
  regels: { index: number; sleutel: Dec }[];
  /** Rows of scenarios that are off (by name). */
  uit: { index: number; scenario: string; sleutel: Dec }[];
  pm: boolean;
}

export const groepStatus = (g: SleutelGroep): GevoeligheidStatus => (g.pm ? 'pm' : g.regels.length === 0 ? 'scenarioUit' : 'gevarieerd');

const voegToe = <T>(lijst: T[], x: T) => lijst.includes(x) || lijst.push(x);

/**
 * Every verdeelsleutel in use, in the order of its first row: each onderdeel's key per periode,
 * and per periode the key `*` of a pijler for the rows that have no key of their own. Only for
 * an input `bereken` accepted (every row resolves).
 */
export function sleutelGroepen(invoer: Invoer, resultaat: Resultaat): SleutelGroep[] {
  const vind = periodeFinder(resultaat.periodenInGebruik);
  const { sleutels } = resolveSleutels(invoer.verdeelsleutels);
  const uit = new Set(resultaat.nietMeegeteld.opgave);
  const groepen = new Map<string, SleutelGroep>();
  const groep = (periode: string, pijler: string, onderdeel: string, soort: SleutelSoort) => {
    const id = [periodeKey(periode), pijler, soort === 'pijler' ? '*' : onderdeelKey(onderdeel)].join('|');
    let g = groepen.get(id);
    if (!g)
      groepen.set(id, (g = { periode, pijler, onderdeel, soort, onderdelen: new Map(), herkomst: [], regels: [], uit: [], pm: false }));
    return g;
  };
  invoer.opgave.forEach((row, index) => {
    const periode = vind(row.periode)?.periode;
    const pijler = canonicalPijler(row.pijler);
    const onderdeel = row.onderdeel.trim();
    if (!periode || !pijler || !onderdeel) return;
    const entry = row.verdeelsleutel === undefined ? sleutels.entry(pijler, onderdeel) : undefined;
    const sleutel = row.verdeelsleutel ?? entry?.rijksaandeel;
    if (!sleutel) return;
    const eigen = groep(periode, pijler, onderdeel, 'onderdeel');
    const pm = row.pm?.includes('verdeelsleutel') ?? false;
    // A row whose key is PM makes its onderdeel's key PM; the pijler's key does not move it.
    const doelen = entry?.onderdeel === '*' && !pm ? [eigen, groep(periode, pijler, '*', 'pijler')] : [eigen];
    const herkomst: SleutelHerkomst = entry ? (entry.bron === 'werkmap' ? 'werkmap' : 'standaard') : 'regel';
    for (const g of doelen) {
      if (!g.onderdelen.has(onderdeelKey(onderdeel))) g.onderdelen.set(onderdeelKey(onderdeel), onderdeel);
      if (uit.has(index)) {
        g.uit.push({ index, scenario: row.scenario?.trim() ?? '', sleutel });
        continue;
      }
      voegToe(g.herkomst, herkomst);
      if (entry?.herkomst && !g.sleutelRij) g.sleutelRij = entry.herkomst;
      g.regels.push({ index, sleutel });
      if (pm) g.pm = true;
    }
  });
  return [...groepen.values()];
}

/** The scenarios of a group's rows that do not count, each once, as the first row spells it. */
export function scenariosUit(g: SleutelGroep): string[] {
  const gezien = new Map<string, string>();
  for (const { scenario } of g.uit) if (!gezien.has(normalize(scenario))) gezien.set(normalize(scenario), scenario);
  return [...gezien.values()];
}
