import { formatBedrag, type Dec } from '../../engine';
import { EENHEDEN, standaardWeergave, weergaveNotatie, type Schaal, type Weergave } from '../../workbook';
import { getoondeWeergave, type PaneState } from './paneState';
import { cijfernotatie, toonDecimaal } from '../../sheet';

/** How the pane shows amounts: they are in the workbook's unit (`werkmap`), shown as the display setting says (`weergave`). */
export interface Bedragweergave {
  werkmap: Schaal;
  weergave: Weergave;
}

/**
 * An amount as the Totaalbeeld sheet shows it with the same setting: read through the very
 * number format the sheet's amounts get (`weergaveNotatie`: `#,##0.0` for mln, `#,##0.00,` for
 * mln in mld) by the rule `formatCell` shows a cell with (`cijfernotatie`, `toonDecimaal`):
 * `593,8` where the sheet shows 593,8. The exact decimal, not a float, is what is rounded.
 */
export function toonBedrag(bedrag: Dec, { werkmap, weergave }: Bedragweergave): string {
  return toonDecimaal(bedrag.toFixed(), cijfernotatie(weergaveNotatie(werkmap, weergave) ?? EENHEDEN[werkmap].getalnotatie));
}

/** The exact amount in the workbook's unit, for a tooltip: `2.333,75 mln euro`. */
export const exactBedrag = (bedrag: Dec, { werkmap }: Bedragweergave) => `${formatBedrag(bedrag)} ${EENHEDEN[werkmap].tekst}`;

/** `bedragen in mln euro`: the unit the amounts are shown in. */
export const bedragenIn = ({ weergave }: Bedragweergave) => `bedragen in ${EENHEDEN[weergave.eenheid].tekst}`;

/** How the pane shows amounts now (`getoondeWeergave`); mln with its default display before anything was read. */
export function paneBedragen(state: PaneState): Bedragweergave {
  const toon = getoondeWeergave(state) ?? { eenheid: 'mln' as const, weergave: standaardWeergave('mln') };
  return { werkmap: toon.eenheid, weergave: toon.weergave };
}
