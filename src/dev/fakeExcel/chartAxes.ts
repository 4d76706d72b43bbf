import type { FakeChart } from './book';
import type { FakeRequestContext } from './context';
import { richApiError } from './errors';
import { FakeClientObject } from './proxy';

/** What a chart's parts ask of their chart at sync: the chart itself (ItemNotFound when it is gone). */
export type ChartAt = () => FakeChart;

type Kind = 'value' | 'category';
type Property = 'numberFormat' | 'tickLabelPosition';

// What the fake keeps of each axis, and where in the chart: the value axis's format, the category axis's label position.
const FIELDS: Record<Kind, Partial<Record<Property, 'valueFormat' | 'categoryLabels'>>> = {
  value: { numberFormat: 'valueFormat' },
  category: { tickLabelPosition: 'categoryLabels' },
};
const POSITIONS = ['NextToAxis', 'High', 'Low', 'None'];

/** Like Excel.ChartAxis: the value axis's number format, the category axis's label position (ExcelApi 1.7). */
export class FakeChartAxis extends FakeClientObject implements Pick<Excel.ChartAxis, Property> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly chart: ChartAt,
    private readonly kind: Kind,
  ) {
    super(context, path);
  }

  get numberFormat(): string {
    return this.loaded('numberFormat');
  }
  set numberFormat(numberFormat: string) {
    this.set('numberFormat', numberFormat);
  }

  get tickLabelPosition(): Excel.ChartAxisTickLabelPosition | `${Excel.ChartAxisTickLabelPosition}` {
    return this.loaded('tickLabelPosition');
  }
  set tickLabelPosition(position: Excel.ChartAxisTickLabelPosition | `${Excel.ChartAxisTickLabelPosition}`) {
    this.set('tickLabelPosition', position);
  }

  protected properties() {
    const fields = Object.entries(FIELDS[this.kind]);
    return Object.fromEntries(fields.map(([p, field]) => [p, () => this.chart()[field]]));
  }

  private set(property: Property, value: string): void {
    this.enqueueWrite({ set: { [property]: value } }, () => {
      const field = FIELDS[this.kind][property];
      if (!field) throw richApiError.invalidArgument(this.path, `the fake keeps no ${property} of the ${this.kind} axis`);
      if (property === 'tickLabelPosition' && !POSITIONS.includes(value)) {
        throw richApiError.invalidArgument(this.path, `'${value}' is no tick label position`);
      }
      this.chart()[field] = value;
    });
  }
}

/** Like Excel.ChartAxes: the value axis and the category axis. */
export class FakeChartAxes extends FakeClientObject {
  private readonly axes = new Map<Kind, FakeChartAxis>();

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly chart: ChartAt,
  ) {
    super(context, path);
  }

  get valueAxis(): FakeChartAxis {
    return this.axis('value');
  }

  get categoryAxis(): FakeChartAxis {
    return this.axis('category');
  }

  protected properties() {
    return {};
  }

  protected navigate(name: string): FakeClientObject {
    const kind = ({ valueAxis: 'value', categoryAxis: 'category' } as const)[name as 'valueAxis'];
    return kind ? this.axis(kind) : super.navigate(name);
  }

  private axis(kind: Kind): FakeChartAxis {
    const axis = this.axes.get(kind) ?? new FakeChartAxis(this.context, `${this.path}.${kind}Axis`, this.chart, kind);
    this.axes.set(kind, axis);
    return axis;
  }
}
