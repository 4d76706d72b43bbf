import type { Berekening } from '../../../src/taskpane/state/paneState';
import type { Resultaat } from '../../../src/engine';

/** The moment of the state tests' run: `Berekend om 09:05`. */
export const NU = new Date(2026, 10, 22, 9, 5);

/** A result without figures: the state machine only carries it. */
export const resultaat = { perioden: [], sleutels: [], periodenInGebruik: [], meldingen: [], scenarios: [] } as unknown as Resultaat;

/** A run that wrote, of the example's size: 20 opgaveregels, 14 dekkingsregels. */
export const berekening: Berekening = {
  soort: 'berekend',
  tijd: NU,
  opgaveregels: 20,
  dekkingsregels: 14,
  nietMeegeteld: 0,
  resultaat,
  meldingen: [],
  eenheid: 'mln',
  weergave: { eenheid: 'mln', decimalen: 1 },
};
