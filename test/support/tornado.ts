import type { CellValue, SheetChart } from '../../src/workbook/port';

/**
 * A tornado's cells and chart (issue 19), by hand from the example: Nieuwbouw's
 * rest-Rijksopgave −44,5 / +44,5 at ∓10 pp; Bereikbaarheid en mobiliteit's 0 / +7,5 (the clamp).
 * Keys in A2:A3, the Δ in B and C under their headers in row 1.
 */
export const TORNADO_CELLS: CellValue[][] = [
  ['Verdeelsleutel', 'Δ bij −10 pp', 'Δ bij +10 pp'],
  ['Nieuwbouw', -44.5, 44.5],
  ['Bereikbaarheid en mobiliteit', 0, 7.5],
];

/** The bar chart over `TORNADO_CELLS`, its corners on `anchor` and `to`. */
export const tornadoChart = (anchor: string, to: string): SheetChart => ({
  title: 'Gevoeligheid',
  type: 'barClustered',
  categories: { top: 2, column: 1, rows: 2 },
  series: [
    { name: 'Δ bij −10 pp', column: 2 },
    { name: 'Δ bij +10 pp', column: 3 },
  ],
  nameRow: 1,
  anchor,
  to,
});
