import fc from 'fast-check';
import { goedeWerkmap } from './basis';
import { oudTotaalbeeld, voegBladenIn, vreemdBlad } from './bladen';
import type { Kenmerken } from './celwaarden';
import { metFormules, formuleplek } from './formules';
import { hardeMutatie, pasToe, zachteMutatie, type Mutatie } from './mutaties';
import { kleed, opmaak } from './opmaak';
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
