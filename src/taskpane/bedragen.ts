import { formatBedrag, type Dec } from '../engine';

/** The pane shows amounts in the workbook's unit (mln euro) or in mld euro. */
export type Eenheid = 'mln' | 'mld';

const DECIMALEN: Record<Eenheid, number> = { mln: 0, mld: 2 };

/**
 * An amount in mln euro for the compact summary: whole millions (`4.350`) or billions with
 * two decimals (`4,35`), Dutch notation, rounded half up.
 */
export function toonBedrag(mln: Dec, eenheid: Eenheid): string {
  const decimalen = DECIMALEN[eenheid];
  const waarde = (eenheid === 'mld' ? mln.dividedBy(1000) : mln).toDecimalPlaces(decimalen);
  const [geheel, fractie = ''] = formatBedrag(waarde).split(',');
  return decimalen === 0 ? geheel : `${geheel},${fractie.padEnd(decimalen, '0')}`;
}

/** The exact amount, for a tooltip: `2.333,75 mln euro`. */
export const exactBedrag = (mln: Dec) => `${formatBedrag(mln)} mln euro`;
