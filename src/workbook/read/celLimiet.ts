/**
 * How much of a workbook is read at most (issue 13): a bound on the cells, so that a huge
 * sheet ends in a message instead of a process that runs out of memory. See docs/robustness.md
 * for the memory this bounds and the measurements behind it.
 */

/**
 * The most cells (with a value, a formula or a format of their own) read from one workbook's
 * sheets together. A run's memory goes with its rows (each table row becomes a row of the
 * engine, about 5 kB at the peak) and with its cells (about 150 bytes each): both are bounded,
 * so that a workbook just under both bounds stays under the memory docs/robustness.md states
 * (3 GB resident; measured there, it completes within a heap of 2.000 MB). 200.000 rows of 12
 * columns (a report with the computed columns of an earlier run) are 2,4 million cells and fit.
 */
export const MAX_CELLEN = 4_000_000;

/** The most rows holding a cell read from one workbook's sheets together (see `MAX_CELLEN`). */
export const MAX_RIJEN = 400_000;

/** A used range larger than Office can give (`MAX_CELLEN` cells); the message names the sheet, the range and the bound (Dutch). */
export class TeGroteWerkmap extends Error {
  constructor(bericht: string) {
    super(bericht);
    this.name = 'TeGroteWerkmap';
  }
}

const getal = (n: number) => n.toLocaleString('nl-NL');

export const teGroot = {
  /** The cells or rows of a file's sheet: `blad 'Opgave' telt 8.388.608 cellen met een waarde of opmaak; …`. */
  cellen: (blad: string, wat: 'cellen met een waarde of opmaak' | 'rijen met cellen', aantal: number, eerder: number, limiet: number) =>
    `blad '${blad}' telt ${getal(aantal)} ${wat}${eerder > 0 ? ` (de bladen ervoor samen ${getal(eerder)})` : ''}; ` +
    `er worden hoogstens ${getal(limiet)} ${wat.split(' ')[0]} per werkmap gelezen; maak de cellen buiten de tabellen leeg of verdeel de gegevens over meer werkmappen`,
  /** A used range read as a whole rectangle (Office): `Opgave: het gebruikte bereik A1:XFD1048576 telt …`. */
  bereik: (blad: string, bereik: string, cellen: number, limiet: number) =>
    `blad '${blad}': het gebruikte bereik ${bereik} telt ${getal(cellen)} cellen; er worden hoogstens ${getal(limiet)} cellen per blad gelezen; ` +
    `maak de cellen buiten de tabel leeg (Ctrl+End toont de laatste cel die Excel meetelt)`,
};
