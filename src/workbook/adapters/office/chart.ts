import type { SheetChart } from '../../port';
import { parseA1, rangeA1 } from '../../../sheet';

// Excel keeps no readable trace of a chart's source block or anchor cell, so the adapter
// names its chart after them (`NPLV grafiek A4:D6 K4`) and reads them back from the name.
const PREFIX = 'NPLV grafiek';
const NAME = new RegExp(`^${PREFIX} ([A-Z]+\\d+):([A-Z]+\\d+) ([A-Z]+\\d+)$`);

/** Whether a chart is the add-in's own (by its name); every other chart on the sheet is the analyst's. */
export const isOwnChart = (name: string) => NAME.test(name);

export function chartName({ source, anchor }: SheetChart): string {
  return `${PREFIX} ${rangeA1(source.top, source.left, source.rows, source.columns)} ${anchor}`;
}

/** The chart as read: undefined for a chart the adapter did not make (or one renamed since). */
export function readChart(chart: { name: string; chartType: string; title: { text: string } }): SheetChart | undefined {
  const m = NAME.exec(chart.name);
  if (!m || chart.chartType !== 'ColumnClustered') return undefined;
  const [from, to] = [parseA1(m[1])!, parseA1(m[2])!];
  const source = { top: from.row, left: from.column, rows: to.row - from.row + 1, columns: to.column - from.column + 1 };
  return { title: chart.title.text, type: 'columnClustered', source, anchor: m[3] };
}

/** Queues a clustered column chart of its block (a series per column) on the sheet. */
export function addChart(sheet: Excel.Worksheet, chart: SheetChart): void {
  const { top, left, rows, columns } = chart.source;
  const added = sheet.charts.add('ColumnClustered', sheet.getRangeByIndexes(top - 1, left - 1, rows, columns), 'Columns');
  added.name = chartName(chart);
  added.title.text = chart.title;
  added.setPosition(chart.anchor);
}
