import { calculateAll } from './calculation/calculate';
import type { FakeRequestContext } from './context';
import { FakeClientObject } from './proxy';

/** Excel.CalculationMode's values. */
export type FakeCalculationMode = 'Automatic' | 'AutomaticExceptTables' | 'Manual';

/**
 * Like Excel.Application: the calculation mode (read after a load; set as a command of the
 * request, Excel calculating when it becomes automatic), `calculate` as a command, and
 * suspending calculation for a request.
 */
export class FakeApplication extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly suspend: () => void,
  ) {
    super(context, 'workbook.application');
  }

  get calculationMode(): FakeCalculationMode {
    return this.loaded('calculationMode');
  }

  set calculationMode(mode: FakeCalculationMode) {
    this.call({ set: { calculationMode: mode } }, () => {
      this.context.book.calculationMode = mode;
      if (mode !== 'Manual') calculateAll(this.context.book);
    });
  }

  /** Calculates every formula the fake knows now, whatever the mode (the fake does 'Recalculate' and 'Full' alike). */
  calculate(calculationType: 'Recalculate' | 'Full' | 'FullRebuild'): void {
    this.call({ call: 'calculate', calculationType }, () => calculateAll(this.context.book));
  }

  /** Excel calculates no formulas while this request runs; the fake records it per sync. */
  suspendApiCalculationUntilNextSync(): void {
    this.suspend();
  }

  protected properties() {
    return { calculationMode: () => this.context.book.calculationMode };
  }

  private call(request: object, execute: () => void): void {
    this.context.enqueue({ kind: 'call', request: { path: this.path, ...request }, execute });
  }
}
