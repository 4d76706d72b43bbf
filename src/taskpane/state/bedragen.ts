import { formatBedrag, type Dec } from '../../engine';
import { EENHEDEN, type Schaal } from '../../workbook';

/** How the pane shows amounts: they are in the workbook's unit (`werkmap`), shown in it or, switched, in the unit a thousand times larger. */
export interface Weergave {
  werkmap: Schaal;
  getoond: Schaal;
}

const SCHALEN: readonly Schaal[] = ['euro', 'duizend', 'mln', 'mld'];

/** The unit a thousand times larger (`mln` → `mld`); none above mld. */
export const groter = (schaal: Schaal): Schaal | undefined => SCHALEN[SCHALEN.indexOf(schaal) + 1];

/** The switch's words for a unit: its short name and the plural of the label (`Bedragen in miljarden`). */
export const SCHAALWOORDEN: Readonly<Record<Schaal, { kort: string; meervoud: string }>> = {
  euro: { kort: '€', meervoud: 'euro' },
  duizend: { kort: 'x 1.000', meervoud: 'duizenden' },
  mln: { kort: 'mln', meervoud: 'miljoenen' },
  mld: { kort: 'mld', meervoud: 'miljarden' },
};

/**
 * An amount for the compact summary: in whole units of the workbook (`4.350`), or in the unit
 * a thousand times larger with two decimals (`4,35`), Dutch notation, rounded half up.
 */
export function toonBedrag(bedrag: Dec, { werkmap, getoond }: Weergave): string {
  const stappen = SCHALEN.indexOf(getoond) - SCHALEN.indexOf(werkmap);
  const decimalen = stappen === 0 ? 0 : 2;
  const waarde = bedrag.dividedBy(1000 ** stappen).toDecimalPlaces(decimalen);
  const [geheel, fractie = ''] = formatBedrag(waarde).split(',');
  return decimalen === 0 ? geheel : `${geheel},${fractie.padEnd(decimalen, '0')}`;
}

/** The exact amount in the workbook's unit, for a tooltip: `2.333,75 mln euro`. */
export const exactBedrag = (bedrag: Dec, { werkmap }: Weergave) => `${formatBedrag(bedrag)} ${EENHEDEN[werkmap].tekst}`;

/** `bedragen in mln euro`: the unit the amounts are shown in. */
export const bedragenIn = ({ getoond }: Weergave) => `bedragen in ${EENHEDEN[getoond].tekst}`;
