import type { ControleCijfers, RegelCijfers } from '../engine';
import { STANDAARD_EENHEID } from './read/eenheid';
import type { SheetKey } from './sheetDefs';

/** A column the add-in owns in an input sheet: its header and the figure it shows. */
export interface Uitvoerkolom<V extends string> {
  kop: string;
  veld: V;
}

/** WORKBOOK.md "What it writes", 1: the columns of the Opgave sheet, in this order. */
export const OPGAVE_UITVOER: readonly Uitvoerkolom<keyof RegelCijfers>[] = [
  { kop: 'Rijksdeel', veld: 'rijksdeel' },
  { kop: 'Dekking', veld: 'dekking' },
  { kop: 'Rijksdekking', veld: 'rijksdekking' },
  { kop: 'Restopgave', veld: 'restopgave' },
  { kop: 'Rest. Rijksopgave', veld: 'restRijksopgave' },
  { kop: 'Jaarlijkse restopgave', veld: 'jaarlijkseRestopgave' },
  { kop: 'Overschot dekking', veld: 'overschot' },
];

/** WORKBOOK.md "What it writes", 2: the column of the Dekking sheet. */
export const DEKKING_UITVOER: readonly Uitvoerkolom<keyof ControleCijfers>[] = [{ kop: 'Totale dekking', veld: 'totaleDekking' }];

/** The headers of the columns the add-in owns in a sheet it reads: Opgave's seven, Dekking's one, none elsewhere. */
export function eigenKoppen(sleutel: SheetKey): string[] {
  const kolommen: Record<SheetKey, readonly { kop: string }[]> = {
    opgave: OPGAVE_UITVOER,
    dekking: DEKKING_UITVOER,
    verdeelsleutels: [],
    perioden: [],
  };
  return kolommen[sleutel].map((k) => k.kop);
}

/** The number format of amounts in the seed's unit (mln euro), the default (eenheid.ts). */
export const STANDAARD_GETALNOTATIE = STANDAARD_EENHEID.getalnotatie;
export const PERCENTAGE_NOTATIE = '0%';
