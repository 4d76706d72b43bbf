import type { FakeChart, FakeSheet } from './book';
import type { FakeRequestContext } from './context';
import { richApiError } from './errors';
import { FakeCollection } from './collection';
import { FakeClientObject, resolver } from './proxy';
import type { FakeRange } from './range';
import { blockOf, FakeChartSeriesCollection } from './chartSeries';
import { FakeChartAxes } from './chartAxes';
import { a1, parseA1 } from '../../sheet';

type Located = { sheet: FakeSheet; chart: FakeChart };

/** Like Excel.Chart: name, type, title, series, axes, position. */
export class FakeChartProxy extends FakeClientObject implements Pick<Excel.Chart, 'name' | 'chartType'> {
  private titleProxy: FakeChartTitle | undefined;
  private seriesProxy: FakeChartSeriesCollection | undefined;
  private axesProxy: FakeChartAxes | undefined;
  private readonly resolve: () => Located | undefined;

  constructor(context: FakeRequestContext, path: string, lookup: () => Located | undefined) {
    super(context, path);
    this.resolve = resolver(path, lookup, ({ sheet, chart }) => context.book.has(sheet) && sheet.charts.includes(chart));
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(name: string) {
    this.write({ set: { name } }, ({ chart }) => (chart.name = name));
  }

  get chartType(): Excel.ChartType | `${Excel.ChartType}` {
    return this.loaded('chartType');
  }

  get title(): FakeChartTitle {
    this.titleProxy ??= new FakeChartTitle(this.context, `${this.path}.title`, this);
    return this.titleProxy;
  }

  get series(): FakeChartSeriesCollection {
    this.seriesProxy ??= new FakeChartSeriesCollection(this.context, `${this.path}.series`, () => this.locate().chart);
    return this.seriesProxy;
  }

  get axes(): FakeChartAxes {
    this.axesProxy ??= new FakeChartAxes(this.context, `${this.path}.axes`, () => this.locate().chart);
    return this.axesProxy;
  }

  /** Puts its top-left corner on a cell and, when given one, its bottom-right corner so that it covers `endCell` (the fake keeps the cells). */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.write({ call: 'setPosition' }, ({ chart }) => {
      chart.anchor = this.cell(startCell, 'top');
      if (endCell !== undefined) chart.to = this.cell(endCell, 'bottom');
    });
  }

  delete(): void {
    this.write({ call: 'delete' }, ({ sheet, chart }) => (sheet.charts = sheet.charts.filter((c) => c !== chart)));
  }

  /** At sync: the chart and its sheet; ItemNotFound when it is gone. */
  locate(): Located {
    return this.resolve()!; // not an …OrNullObject: resolve throws rather than find nothing
  }

  protected properties() {
    return { name: () => this.locate().chart.name, chartType: () => this.locate().chart.chartType };
  }

  protected navigate(name: string): FakeClientObject {
    const parts: Record<string, () => FakeClientObject> = { title: () => this.title, series: () => this.series, axes: () => this.axes };
    return parts[name]?.() ?? super.navigate(name);
  }

  // A range's top-left or bottom-right cell, or an address's.
  private cell(at: FakeRange | string, corner: 'top' | 'bottom'): string {
    if (typeof at !== 'string') {
      const box = at.box();
      return corner === 'top' ? a1(box.top, box.left) : a1(box.top + box.rows - 1, box.left + box.columns - 1);
    }
    const address = at.replace(/\$/g, '');
    if (!parseA1(address)) throw richApiError.invalidArgument(this.path, `'${at}' is not a cell`);
    return address;
  }

  private write(request: object, change: (at: Located) => void): void {
    this.enqueueWrite(request, () => change(this.locate()));
  }
}

/** Like Excel.ChartTitle: its text. */
export class FakeChartTitle extends FakeClientObject implements Pick<Excel.ChartTitle, 'text'> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly chart: FakeChartProxy,
  ) {
    super(context, path);
  }

  get text(): string {
    return this.loaded('text');
  }
  set text(text: string) {
    this.enqueueWrite({ set: { text } }, () => (this.chart.locate().chart.title = text));
  }

  protected properties() {
    return { text: () => this.chart.locate().chart.title };
  }
}

/** Like Excel.ChartCollection of a sheet. */
export class FakeChartCollection extends FakeCollection<FakeChartProxy> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, path);
  }

  /**
   * A chart of `sourceData` named `Chart n`: a series per column (`Columns`, or `Auto` for a
   * block at least as tall as wide) or per row, named `Series n`, without categories; the fake
   * takes no header row or label column from the block, so give it the figures alone.
   */
  add(
    type: Excel.ChartType | `${Excel.ChartType}`,
    sourceData: FakeRange,
    seriesBy: Excel.ChartSeriesBy | `${Excel.ChartSeriesBy}` = 'Auto',
  ): FakeChartProxy {
    let added: Located | undefined;
    const path = `${this.path}.add('${type}')`;
    this.context.enqueue({
      kind: 'write',
      request: { path, source: sourceData.path, seriesBy },
      execute: () => {
        const sheet = this.sheet();
        const block = blockOf(sourceData);
        const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && block.rows >= block.columns);
        const series = Array.from({ length: byColumns ? block.columns : block.rows }, (_, i) => ({
          name: `Series${i + 1}`,
          values: byColumns ? { ...block, left: block.left + i, columns: 1 } : { ...block, top: block.top + i, rows: 1 },
          xValues: null,
        }));
        const chart: FakeChart = {
          name: `Chart ${sheet.charts.length + 1}`,
          chartType: type,
          title: '',
          series,
          anchor: null,
          to: null,
          valueFormat: 'General',
          categoryLabels: 'NextToAxis',
          overlap: 0,
          gapWidth: 150,
        };
        sheet.charts.push(chart);
        added = { sheet, chart };
      },
    });
    return new FakeChartProxy(this.context, path, () => added);
  }

  getItem(name: string): FakeChartProxy {
    return new FakeChartProxy(this.context, `${this.path}.getItem('${name}')`, () => {
      const sheet = this.sheet();
      const chart = sheet.charts.find((c) => c.name === name);
      return chart && { sheet, chart };
    });
  }

  protected list(): FakeChartProxy[] {
    const sheet = this.sheet();
    return sheet.charts.map((chart, i) => new FakeChartProxy(this.context, `${this.path}.items[${i}]`, () => ({ sheet, chart })));
  }
}
