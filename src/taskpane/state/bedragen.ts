import { formatBedrag, type Dec } from '../../engine';
import { EENHEDEN, stappen, type Schaal, type Weergave } from '../../workbook';
import { toonDecimaal } from '../../sheet';

/** How the pane shows amounts: they are in the workbook's unit (`werkmap`), shown as the display setting says (`weergave`). */
export interface Bedragweergave {
  werkmap: Schaal;
  weergave: Weergave;
}

/**
 * An amount as the Totaalbeeld sheet shows it with the same setting: in the display unit
 * (`4,35` for 4.350 mln in mld), with its decimals, Dutch notation, rounded half away from
 * zero on the decimal digits — the rule of `formatCell`, so pane and sheet read alike.
 */
export function toonBedrag(bedrag: Dec, { werkmap, weergave }: Bedragweergave): string {
  return toonDecimaal(bedrag.toFixed(), {
    decimalen: weergave.decimalen,
    macht: -3 * stappen(werkmap, weergave.eenheid),
    groepering: true,
    vast: true,
  });
}

/** The exact amount in the workbook's unit, for a tooltip: `2.333,75 mln euro`. */
export const exactBedrag = (bedrag: Dec, { werkmap }: Bedragweergave) => `${formatBedrag(bedrag)} ${EENHEDEN[werkmap].tekst}`;

/** `bedragen in mln euro`: the unit the amounts are shown in. */
export const bedragenIn = ({ weergave }: Bedragweergave) => `bedragen in ${EENHEDEN[weergave.eenheid].tekst}`;
