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

/** A row of a gebied's figures under GEBIED_KOPPEN: of all its onderdelen in the periode, or (`pijler`) of one pijler's. */
export function gebiedRij(label: string, g: GebiedCijfers, periode: string, getalnotatie: string, pijler?: string): LayoutRij {
  return {
    cells: [label, ...KOLOMMEN.map(([, veld]) => g[veld].toNumber())],
    formats: [null, ...KOLOMMEN.map(() => getalnotatie)],
    doelen: [
      null,
      ...KOLOMMEN.map(([, veld]): Doel => ({ soort: 'gebied', periode, gebied: g.gebied, ...(pijler !== undefined && { pijler }), veld })),
    ],
  };
}

/** Dekking on pillar level belongs to no gebied: a line with how much there is in the periode, none when there is none. */
export function pijlerniveauRows(p: PeriodeResultaat, getalnotatie: string): LayoutRij[] {
  const pijlerniveau = p.totaal.pijlerDekking;
  if (pijlerniveau.isZero()) return [];
  const doel: Doel = { soort: 'totaal', periode: p.periode, veld: 'pijlerDekking' };
  return [
    {
      cells: ['Dekking op pijlerniveau, aan geen gebied toegerekend', pijlerniveau.toNumber()],
      formats: [null, getalnotatie],
      doelen: [null, doel],
    },
  ];
}

/**
 * The figures of each gebied in one periode: Σ over its onderdelen, the restopgave per
 * onderdeel (no netting between onderdelen or gebieden). Dekking on pillar level belongs to no
 * gebied: a line under the table says how much there is.
 */
export function gebiedRows(p: PeriodeResultaat, getalnotatie: string): LayoutRij[] {
  return [
    { cells: [`${p.periode}: per gebied`, ...GEBIED_KOPPEN], bold: true },
    ...perGebied(p).map((g) => gebiedRij(g.gebied || ZONDER_GEBIED, g, p.periode, getalnotatie)),
    ...pijlerniveauRows(p, getalnotatie),
  ];
}
