import type { FakeBlock, FakeSeries } from './book';
import type { ChartAt } from './chartAxes';
import type { FakeRequestContext } from './context';
import { FakeCollection } from './collection';
import { richApiError } from './errors';
import { FakeClientObject } from './proxy';
import type { FakeRange } from './range';

/** A range's block as a chart keeps it: its sheet by name. */
export function blockOf(range: FakeRange): FakeBlock {
  const { sheet, ...box } = range.box();
  return { sheet: sheet.name, ...box };
}

// Excel's 2-D bar and column charts: the only ones with an overlap, and (of those the fake knows) a gap width.
const BARS = /^(Bar|Column)(Clustered|Stacked|Stacked100)$/;

/**
 * Like Excel.ChartSeries (ExcelApi 1.7): its name, values and category labels; the overlap
 * (ExcelApi 1.8, −100 to 100) and gap width (0 to 500) of its chart's bars, which Excel keeps
 * for all of them and refuses on a chart without bars.
 */
export class FakeChartSeries extends FakeClientObject implements Pick<Excel.ChartSeries, 'name' | 'overlap' | 'gapWidth'> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly series: () => FakeSeries,
    private readonly chart: ChartAt,
  ) {
    super(context, path);
  }

  get overlap(): number {
    return this.loaded('overlap');
  }
  set overlap(overlap: number) {
    this.bars({ overlap }, -100, 100);
  }

  get gapWidth(): number {
    return this.loaded('gapWidth');
  }
  set gapWidth(gapWidth: number) {
    this.bars({ gapWidth }, 0, 500);
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(name: string) {
    this.enqueueWrite({ set: { name } }, () => (this.series().name = name));
  }

  setValues(sourceData: FakeRange): void {
    this.enqueueWrite({ call: 'setValues', source: sourceData.path }, () => (this.series().values = blockOf(sourceData)));
  }

  setXAxisValues(sourceData: FakeRange): void {
    this.enqueueWrite({ call: 'setXAxisValues', source: sourceData.path }, () => (this.series().xValues = blockOf(sourceData)));
  }

  protected properties() {
    return { name: () => this.series().name, overlap: () => this.chart().overlap, gapWidth: () => this.chart().gapWidth };
  }

  private bars(set: { overlap: number } | { gapWidth: number }, low: number, high: number): void {
    this.enqueueWrite({ set }, () => {
      const [[property, value]] = Object.entries(set) as [['overlap' | 'gapWidth', number]];
      const chart = this.chart();
      this.series(); // a series that is gone: ItemNotFound
      if (!BARS.test(chart.chartType)) throw richApiError.invalidArgument(this.path, `a ${chart.chartType} chart has no ${property}`);
      if (!Number.isInteger(value) || value < low || value > high) {
        throw richApiError.invalidArgument(this.path, `${property} ${value} is not a whole number from ${low} to ${high}`);
      }
      chart[property] = value;
    });
  }
}

/** Like Excel.ChartSeriesCollection: by position, and `add` (a series without values until they are set). */
export class FakeChartSeriesCollection extends FakeCollection<FakeChartSeries> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly chart: ChartAt,
  ) {
    super(context, path);
  }

  getItemAt(index: number): FakeChartSeries {
    const path = `${this.path}.getItemAt(${index})`;
    let found: FakeSeries | undefined;
    return new FakeChartSeries(this.context, path, () => (found ??= this.chart().series[index] ?? this.missing(path)), this.chart);
  }

  add(name?: string): FakeChartSeries {
    const path = `${this.path}.add('${name ?? ''}')`;
    let added: FakeSeries | undefined;
    this.context.enqueue({
      kind: 'write',
      request: { path, name },
      execute: () => {
        const series = this.chart().series;
        added = { name: name ?? `Series${series.length + 1}`, values: null, xValues: null };
        series.push(added);
      },
    });
    return new FakeChartSeries(this.context, path, () => added ?? this.missing(path), this.chart);
  }

  protected list(): FakeChartSeries[] {
    return this.chart().series.map((s, i) => new FakeChartSeries(this.context, `${this.path}.items[${i}]`, () => s, this.chart));
  }

  private missing(path: string): never {
    throw richApiError.itemNotFound(path);
  }
}
