import type { Wijziging } from '../../engine';
import { OORZAAK_KOPPEN } from './tabelRows';
import type { VergelijkingRij } from './types';

const TITEL = 'Wijzigingen van de invoer';
const KOP = [
  'Oorzaak',
  'Soort',
  'Periode',
  'Pijler',
  'Onderdeel',
  'Gebied',
  'Bron of scenario',
  'Veld',
  'Oud',
  'Cel oud',
  'Nieuw',
  'Cel nieuw',
];

/**
 * The changes of the input the parts come from, in the order of substitution: per change its
 * cause, kind, place in the model, and its value and cell in each version (as text).
 */
export function wijzigingRows(wijzigingen: readonly Wijziging[]): VergelijkingRij[] {
  if (wijzigingen.length === 0) return [{ cells: [TITEL], bold: true }, { cells: ['Geen wijzigingen van de invoer.'] }];
  return [
    { cells: [TITEL], bold: true },
    { cells: KOP, bold: true },
    ...wijzigingen.map((w) => ({
      cells: [
        OORZAAK_KOPPEN[w.oorzaak],
        w.soort,
        w.periode,
        w.pijler,
        w.onderdeel,
        w.gebied,
        w.bron,
        w.veld,
        w.oud?.tekst ?? '',
        w.oud?.plaats ?? '',
        w.nieuw?.tekst ?? '',
        w.nieuw?.plaats ?? '',
      ],
    })),
  ];
}
