import type { FakeChart, FakeSheet } from './book';
import type { FakeRequestContext } from './context';
import { richApiError } from './errors';
import { FakeCollection } from './collection';
import { FakeClientObject, resolver } from './proxy';
import type { FakeRange } from './range';
import { a1, parseA1 } from '../../sheet';

type Located = { sheet: FakeSheet; chart: FakeChart };

/** Like Excel.Chart: name, type, title, position; it shows a block of cells. */
export class FakeChartProxy extends FakeClientObject implements Pick<Excel.Chart, 'name' | 'chartType'> {
  private titleProxy: FakeChartTitle | undefined;
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

  /** Puts its top-left corner on a cell of its sheet (the fake keeps only that cell). */
  setPosition(startCell: FakeRange | string): void {
    this.write({ call: 'setPosition' }, ({ chart }) => {
      if (typeof startCell !== 'string') {
        const box = startCell.box();
        chart.anchor = a1(box.top, box.left);
      } else if (parseA1(startCell.replace(/\$/g, ''))) chart.anchor = startCell.replace(/\$/g, '');
      else throw richApiError.invalidArgument(this.path, `'${startCell}' is not a cell`);
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
    return name === 'title' ? this.title : super.navigate(name);
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

  /** A chart of `sourceData` (the fake keeps the block, not the figures) named `Chart n`. */
  add(type: Excel.ChartType | `${Excel.ChartType}`, sourceData: FakeRange, seriesBy: Excel.ChartSeriesBy | `${Excel.ChartSeriesBy}` = 'Auto'): FakeChartProxy {
    let added: Located | undefined;
    const path = `${this.path}.add('${type}')`;
    this.context.enqueue({
      kind: 'write',
      request: { path, source: sourceData.path, seriesBy },
      execute: () => {
        const sheet = this.sheet();
        const { sheet: of, ...box } = sourceData.box();
        const chart: FakeChart = { name: `Chart ${sheet.charts.length + 1}`, chartType: type, seriesBy, title: '', source: { sheet: of.name, ...box }, anchor: null };
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
