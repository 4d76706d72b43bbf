import fc from 'fast-check';
import { goedeWerkmap } from './basis';
import { oudTotaalbeeld, voegBladenIn, vreemdBlad } from './bladen';
import type { Kenmerken } from './celwaarden';
import { dubbeleKolom } from './dubbel';
import { metFormules, formuleplek } from './formules';
import { hardeMutatie, pasToe, pmMutatie, scenarioMutatie, zachteMutatie, type Mutatie } from './mutaties';
import { kleed, opmaak } from './opmaak';
import { keuze, kies } from './scenarios';
import { zuiver } from './zuiver';
import type { Werkmap } from './werkmap';

/**
 * A random workbook for an adapter: a well-formed one like the example, changed by
 * `mutaties`, with sheets of others (at random places in the tab order), sometimes a stale
 * Totaalbeeld, formats, bold and widths, and up to `formules` formulas.
 */
function werkmap(k: Kenmerken, mutaties: fc.Arbitrary<Mutatie[]>, formules: number): fc.Arbitrary<Werkmap> {
  return fc
    .record({
      basis: goedeWerkmap,
      mutaties,
      vreemd: fc.array(fc.record({ blad: vreemdBlad(k), plaats: fc.nat() }), { maxLength: 2 }),
      totaalbeeld: fc.option(oudTotaalbeeld(k), { nil: undefined, freq: 6 }),
      opmaak,
      formules: fc.array(formuleplek(k), { maxLength: formules }),
    })
    .map(({ basis, mutaties, vreemd, totaalbeeld, opmaak: o, formules }) => {
      const gemuteerd = mutaties.reduce(pasToe, basis);
      const bladen = voegBladenIn(kleed(voegBladenIn(gemuteerd, vreemd), o), totaalbeeld ? [{ blad: totaalbeeld, plaats: 99 }] : []);
      return zuiver(metFormules(bladen, formules), k);
    });
}

/** Workbooks that stay readable, mostly: the add-in should compute them (properties 3 to 5). */
export const leesbareWerkmap = (k: Kenmerken) => werkmap(k, fc.array(zachteMutatie(k), { maxLength: 3 }), 2);

/** Workbooks with random cells, rows and columns: many have errors (property 2). */
export const kapotteWerkmap = (k: Kenmerken) => werkmap(k, fc.array(hardeMutatie(k), { minLength: 1, maxLength: 5 }), 4);

/** Either, half and half (property 1). */
export const willekeurigeWerkmap = (k: Kenmerken) => fc.oneof(leesbareWerkmap(k), kapotteWerkmap(k));

/**
 * Workbooks with scenarios and PM (issue 7): readable ones with one or two Scenario columns
 * (Opgave, Dekking or both) and up to four PM cells, after the other changes.
 */
export const scenarioWerkmap = (k: Kenmerken) =>
  werkmap(
    k,
    fc
      .tuple(
        fc.array(zachteMutatie(k), { maxLength: 2 }),
        fc.array(scenarioMutatie(k), { minLength: 1, maxLength: 2 }),
        fc.array(pmMutatie, { maxLength: 4 }),
      )
      .map((delen) => delen.flat()),
    2,
  );

/** Readable workbooks with one or two columns whose header names a field the table has or may have (issue 12). */
export const dubbeleKopWerkmap = (k: Kenmerken) =>
  werkmap(
    k,
    fc
      .tuple(fc.array(zachteMutatie(k), { maxLength: 2 }), fc.array(dubbeleKolom(k), { minLength: 1, maxLength: 2 }))
      .map((delen) => delen.flat()),
    2,
  );

/** A workbook and two choices of scenarios for its runs (issue 7), resolved against the names it holds. */
export interface Geval {
  w: Werkmap;
  /** The scenarios of the first run, and of a second. */
  a: string[];
  b: string[];
}

export const metKeuzes = (werkmappen: fc.Arbitrary<Werkmap>): fc.Arbitrary<Geval> =>
  fc.tuple(werkmappen, keuze, keuze).map(([w, ka, kb]) => ({ w, a: kies(w, ka), b: kies(w, kb) }));
