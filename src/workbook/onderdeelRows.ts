import type { OnderdeelCijfers, PeriodeResultaat } from '../engine';
import type { LayoutRij } from './layoutTypes';
import { PERCENTAGE_NOTATIE } from './outputColumns';
import { pijlerLabel } from './pijlerLabels';

export const ONDERDEEL_KOPPEN = [
  'Opgave',
  'Verdeelsleutel',
  'Rijksdeel',
  'Dekking',
  'Rijksdekking',
  'Restopgave',
  'Rest. Rijksopgave',
  'Overschot',
];

const cijfers = (o: OnderdeelCijfers) =>
  [o.opgave, o.verdeelsleutel, o.rijksdeel, o.dekking, o.rijksdekking, o.restopgave, o.restRijksopgave, o.overschot].map((d) => d.toNumber());

const naam = (o: OnderdeelCijfers) => (o.gebied ? `${o.onderdeel} (${o.gebied})` : o.onderdeel);

/** The per-onderdeel table of one periode: a heading row per pijler, then its onderdelen. */
export function onderdeelRows(p: PeriodeResultaat, getalnotatie: string): LayoutRij[] {
  const formats = [null, getalnotatie, PERCENTAGE_NOTATIE, ...ONDERDEEL_KOPPEN.slice(2).map(() => getalnotatie)];
  return [
    { cells: [`${p.periode}: per onderdeel`, ...ONDERDEEL_KOPPEN], bold: true },
    ...p.pijlers.flatMap((pijler) => [
      { cells: [pijlerLabel(pijler.pijler).opgave], bold: true },
      ...pijler.onderdelen.map((o) => ({ cells: [naam(o), ...cijfers(o)], formats })),
    ]),
  ];
}
