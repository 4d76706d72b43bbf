/** What the demo's charts share: their size, Excel's series colours, and the figures of a chart as drawn. */

export const [W, H, TOP, BOTTOM] = [520, 220, 28, 36]; // wide enough for the title of a chart of the Totaalbeeld
export const COLOURS = ['#4472c4', '#ed7d31', '#a5a5a5', '#ffc000', '#5b9bd5', '#70ad47'];
const TICKS = 4;

/** A chart's series with their values, its category labels, its value format, how far its bars overlap (%). */
export interface Plot {
  series: { name: string; values: number[] }[];
  labels: string[];
  format: string | undefined;
  overlap: number;
}

/** The value axis from the lowest value (or 0) to the highest (or 0): its ends, span and tick values. */
export function valueScale(plot: Plot): { low: number; high: number; span: number; ticks: number[] } {
  const all = plot.series.flatMap((s) => s.values);
  const [low, high] = [Math.min(0, ...all), Math.max(0, ...all)];
  const span = high - low || 1;
  return { low, high, span, ticks: Array.from({ length: TICKS + 1 }, (_, i) => low + (span * i) / TICKS) };
}

/** Where the `k`th of `n` series' bar starts within its category's band of `band` (70% of it bars), and its thickness. */
export function barPlace(band: number, n: number, k: number, overlap: number): { offset: number; thickness: number } {
  const step = 1 - overlap / 100; // how far each next bar moves, in bars
  const thickness = (band * 0.7) / (1 + step * Math.max(0, n - 1));
  return { offset: band * 0.15 + k * step * thickness, thickness };
}
