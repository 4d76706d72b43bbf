import type { SheetChart, SheetChartType } from '../../port';
import { BAR_LOOK, columnLetter, columnNumber } from '../../../sheet';

// Excel keeps no readable trace of a chart's ranges (before ExcelApi 1.15) or its anchor cells,
// so the adapter names each of its charts after them and reads them back from the name:
// `NPLV grafiek 1 A5:A6 B,C,D@4 K4:R19 #,##0.0` — its place among the sheet's own charts, the
// categories, the series' columns (and the row naming them), the cells it covers, the value
// axis's format. Title, series names and the type (Excel's chart type) are read from the chart
// itself, so that a name made before bar charts reads as before.
const PREFIX = 'NPLV grafiek';
const NAME = new RegExp(
  `^${PREFIX} (\\d+) ([A-Z]+)(\\d+):[A-Z]+(\\d+) ([A-Z]+(?:,[A-Z]+)*)(?:@(\\d+))? ([A-Z]+\\d+):([A-Z]+\\d+)(?: (.+))?$`,
);

/** Whether a chart is the add-in's own (by its name); every other chart on the sheet is the analyst's. */
export const isOwnChart = (name: string) => NAME.test(name);

/** The name of the `n`th (1-based) of the add-in's charts on its sheet. */
export function chartName(chart: SheetChart, n: number): string {
  const { top, column, rows } = chart.categories;
  const letter = columnLetter(column);
  const series = chart.series.map((s) => columnLetter(s.column)).join(',');
  const nameRow = chart.nameRow === undefined ? '' : `@${chart.nameRow}`;
  const format = chart.valueFormat ? ` ${chart.valueFormat}` : '';
  return `${PREFIX} ${n} ${letter}${top}:${letter}${top + rows - 1} ${series}${nameRow} ${chart.anchor}:${chart.to}${format}`;
}

/** A chart as Office gives it when loaded with `CHART_PROPERTIES`. */
export interface LoadedChart {
  name: string;
  chartType: string;
  title: { text: string };
  series: { items: { name: string }[] };
}

/** What `readChart` needs of each chart of a sheet. */
export const CHART_PROPERTIES = 'items/name,items/chartType,items/title/text,items/series/items/name';

// Excel's chart type of each type the add-in makes (ExcelApi 1.1).
const EXCEL_TYPE: Record<SheetChartType, 'ColumnClustered' | 'BarClustered'> = {
  columnClustered: 'ColumnClustered',
  barClustered: 'BarClustered',
};
const typeOf = (chartType: string) => (Object.keys(EXCEL_TYPE) as SheetChartType[]).find((t) => EXCEL_TYPE[t] === chartType);

/** The chart as read, with its place among the add-in's: undefined for a chart the adapter did not make (or one renamed since). */
export function readChart(chart: LoadedChart): { n: number; chart: SheetChart } | undefined {
  const m = NAME.exec(chart.name);
  const type = typeOf(chart.chartType);
  if (!m || !type) return undefined;
  const [, n, letter, top, bottom, columns, nameRow, anchor, to, valueFormat] = m;
  const names = chart.series.items.map((s) => s.name);
  const read: SheetChart = {
    title: chart.title.text,
    type,
    categories: { top: Number(top), column: columnNumber(letter), rows: Number(bottom) - Number(top) + 1 },
    series: columns.split(',').map((c, i) => ({ name: names[i] ?? '', column: columnNumber(c) })),
    ...(nameRow !== undefined && { nameRow: Number(nameRow) }),
    anchor,
    to,
    ...(valueFormat !== undefined && { valueFormat }),
  };
  return { n: Number(n), chart: read };
}

/** The add-in's charts among a sheet's, in their order. */
export function ownCharts(charts: readonly LoadedChart[]): SheetChart[] {
  return charts
    .map(readChart)
    .filter((c) => c !== undefined)
    .sort((a, b) => a.n - b.n)
    .map((c) => c.chart);
}

/** Commands `addChart` queues for a chart, about (for the request's size). */
export const chartCommands = (chart: SheetChart) =>
  6 + 3 * chart.series.length + (chart.type === 'barClustered' ? 1 + 2 * chart.series.length : 0);

// What makes bars a tornado (`BAR_LOOK`): the series over each other (overlap, ExcelApi 1.8),
// less gap (ExcelApi 1.7) — Excel keeps one value for the chart's series, set on each all the
// same — and the category labels at the far left rather than on the bars at 0 (ExcelApi 1.7).
// The manifest asks ExcelApi 1.9: no guard needed.
function tornado(chart: Excel.Chart, series: readonly Excel.ChartSeries[]): void {
  for (const s of series) {
    s.overlap = BAR_LOOK.overlap;
    s.gapWidth = BAR_LOOK.gapWidth;
  }
  chart.axes.categoryAxis.tickLabelPosition = 'Low';
}

/**
 * Queues a clustered column or bar chart: made of its first series' values, then each series
 * given its values, categories and name (ExcelApi 1.7), its title, place and value axis's
 * format; a bar chart overlapping (`tornado`). All queued: the caller's one sync sends them.
 */
export function addChart(sheet: Excel.Worksheet, chart: SheetChart, n: number): void {
  const { top, column, rows } = chart.categories;
  const cells = (c: number) => sheet.getRangeByIndexes(top - 1, c - 1, rows, 1);
  const [first, ...rest] = chart.series;
  if (!first) return;
  const added = sheet.charts.add(EXCEL_TYPE[chart.type], cells(first.column), 'Columns');
  const named = (series: Excel.ChartSeries, s: SheetChart['series'][number]) => {
    series.setXAxisValues(cells(column));
    series.name = s.name;
  };
  const all = [added.series.getItemAt(0)];
  named(all[0], first);
  for (const s of rest) {
    const series = added.series.add(s.name);
    series.setValues(cells(s.column));
    named(series, s);
    all.push(series);
  }
  added.name = chartName(chart, n);
  added.title.text = chart.title;
  added.setPosition(chart.anchor, chart.to);
  if (chart.valueFormat) added.axes.valueAxis.numberFormat = chart.valueFormat;
  if (chart.type === 'barClustered') tornado(added, all);
}
