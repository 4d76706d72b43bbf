import { splitsVerwijzing } from '../../sheet';

/** A place the analyst selected: a sheet and an A1 cell or range (`K4`, `E4:F4`). */
export interface Selectie {
  blad: string;
  cel: string;
}

/**
 * Follows the selection in the workbook: calls `gekozen` with the selection now and after every
 * change, until the returned function stops it. In Excel: `officeSelectie`; in tests a fake.
 */
export type SelectieVolger = (gekozen: (selectie: Selectie) => void) => Promise<() => Promise<void>>;

/** `Opgave!K4`, `'NPLV Totaalbeeld'!B5:C6` (as Excel gives `Range.address`) → sheet and cell or range. */
export function leesAdres(adres: string | undefined): Selectie | undefined {
  return adres === undefined ? undefined : splitsVerwijzing(adres);
}
