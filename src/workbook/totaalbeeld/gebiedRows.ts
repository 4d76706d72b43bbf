import { perGebied, type Doel, type GebiedCijfers, type GebiedVeld, type PeriodeResultaat } from '../../engine';
import type { LayoutRij } from './types';
import { ZONDER_GEBIED } from './onderdeelRows';

/** The columns of the per-gebied table (issue 16) and the field each shows. */
const KOLOMMEN: readonly [string, GebiedVeld][] = [
  ['Opgave', 'opgave'],
  ['Dekking', 'dekking'],
  ['Restopgave', 'restopgave'],
  ['Rijksdeel', 'rijksdeel'],
  ['Rest. Rijksopgave', 'restRijksopgave'],
  ['Restopgave per jaar', 'jaarlijkseRestopgave'],
];

export const GEBIED_KOPPEN = KOLOMMEN.map(([kop]) => kop);

/**
 * The figures of each gebied in one periode: Σ over its onderdelen, the restopgave per
 * onderdeel (no netting between onderdelen or gebieden). Dekking on pillar level belongs to no
 * gebied: a line under the table says how much there is.
 */
export function gebiedRows(p: PeriodeResultaat, getalnotatie: string): LayoutRij[] {
  const formats = [null, ...KOLOMMEN.map(() => getalnotatie)];
  const row = (g: GebiedCijfers): LayoutRij => ({
    cells: [g.gebied || ZONDER_GEBIED, ...KOLOMMEN.map(([, veld]) => g[veld].toNumber())],
    formats,
    doelen: [null, ...KOLOMMEN.map(([, veld]): Doel => ({ soort: 'gebied', periode: p.periode, gebied: g.gebied, veld }))],
  });
  const pijlerniveau = p.totaal.pijlerDekking;
  return [
    { cells: [`${p.periode}: per gebied`, ...GEBIED_KOPPEN], bold: true },
    ...perGebied(p).map(row),
    ...(pijlerniveau.isZero()
      ? []
      : [{ cells: ['Dekking op pijlerniveau, aan geen gebied toegerekend', pijlerniveau.toNumber()], formats: [null, getalnotatie], doelen: [null, { soort: 'totaal', periode: p.periode, veld: 'pijlerDekking' } as Doel] }]),
  ];
}
