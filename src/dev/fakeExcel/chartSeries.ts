import type { FakeBlock, FakeChart, FakeSeries } from './book';
import type { FakeRequestContext } from './context';
import { FakeCollection } from './collection';
import { richApiError } from './errors';
import { FakeClientObject } from './proxy';
import type { FakeRange } from './range';

/** What a chart's parts ask of their chart at sync: the chart itself (ItemNotFound when it is gone). */
export type ChartAt = () => FakeChart;

/** A range's block as a chart keeps it: its sheet by name. */
export function blockOf(range: FakeRange): FakeBlock {
  const { sheet, ...box } = range.box();
  return { sheet: sheet.name, ...box };
}

/** Like Excel.ChartSeries (ExcelApi 1.7): its name, values and category labels. */
export class FakeChartSeries extends FakeClientObject implements Pick<Excel.ChartSeries, 'name'> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly series: () => FakeSeries,
  ) {
    super(context, path);
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
    return { name: () => this.series().name };
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
    return new FakeChartSeries(this.context, path, () => (found ??= this.chart().series[index] ?? this.missing(path)));
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
    return new FakeChartSeries(this.context, path, () => added ?? this.missing(path));
  }

  protected list(): FakeChartSeries[] {
    return this.chart().series.map((s, i) => new FakeChartSeries(this.context, `${this.path}.items[${i}]`, () => s));
  }

  private missing(path: string): never {
    throw richApiError.itemNotFound(path);
  }
}

/** Like Excel.ChartAxis: the number format of its labels. */
export class FakeChartAxis extends FakeClientObject implements Pick<Excel.ChartAxis, 'numberFormat'> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly chart: ChartAt,
  ) {
    super(context, path);
  }

  get numberFormat(): string {
    return this.loaded('numberFormat');
  }
  set numberFormat(numberFormat: string) {
    this.enqueueWrite({ set: { numberFormat } }, () => (this.chart().valueFormat = numberFormat));
  }

  protected properties() {
    return { numberFormat: () => this.chart().valueFormat };
  }
}

/** Like Excel.ChartAxes: the fake has the value axis only. */
export class FakeChartAxes extends FakeClientObject {
  private axis: FakeChartAxis | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly chart: ChartAt,
  ) {
    super(context, path);
  }

  get valueAxis(): FakeChartAxis {
    this.axis ??= new FakeChartAxis(this.context, `${this.path}.valueAxis`, this.chart);
    return this.axis;
  }

  protected properties() {
    return {};
  }

  protected navigate(name: string): FakeClientObject {
    return name === 'valueAxis' ? this.valueAxis : super.navigate(name);
  }
}
