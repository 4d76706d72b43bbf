import type { Doel, OnderdeelCijfers, OnderdeelVeld, PeriodeResultaat } from '../../engine';
import type { LayoutRij } from './types';
import { PERCENTAGE_NOTATIE } from '../outputColumns';
import { pijlerLabel } from './pijlerLabels';

/** The columns of the per-onderdeel table and the field each shows. */
const KOLOMMEN: readonly [string, OnderdeelVeld][] = [
  ['Opgave', 'opgave'],
  ['Verdeelsleutel', 'verdeelsleutel'],
  ['Rijksdeel', 'rijksdeel'],
  ['Dekking', 'dekking'],
  ['Rijksdekking', 'rijksdekking'],
  ['Restopgave', 'restopgave'],
  ['Rest. Rijksopgave', 'restRijksopgave'],
  ['Overschot', 'overschot'],
];

export const ONDERDEEL_KOPPEN = KOLOMMEN.map(([kop]) => kop);

const naam = (o: OnderdeelCijfers) => (o.gebied ? `${o.onderdeel} (${o.gebied})` : o.onderdeel);

/** The per-onderdeel table of one periode: a heading row per pijler, then its onderdelen. */
export function onderdeelRows(p: PeriodeResultaat, getalnotatie: string): LayoutRij[] {
  const formats = [null, getalnotatie, PERCENTAGE_NOTATIE, ...ONDERDEEL_KOPPEN.slice(2).map(() => getalnotatie)];
  const row = (pijler: string, o: OnderdeelCijfers): LayoutRij => {
    const doel = (veld: OnderdeelVeld): Doel => ({ soort: 'onderdeel', periode: p.periode, pijler, onderdeel: o.onderdeel, gebied: o.gebied, veld });
    return {
      cells: [naam(o), ...KOLOMMEN.map(([, veld]) => o[veld].toNumber())],
      formats,
      doelen: [null, ...KOLOMMEN.map(([, veld]) => doel(veld))],
    };
  };
  return [
    { cells: [`${p.periode}: per onderdeel`, ...ONDERDEEL_KOPPEN], bold: true },
    ...p.pijlers.flatMap((pijler) => [
      { cells: [pijlerLabel(pijler.pijler).opgave], bold: true },
      ...pijler.onderdelen.map((o) => row(pijler.pijler, o)),
    ]),
  ];
}
