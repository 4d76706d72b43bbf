import type { FakeSheet } from './book';
import type { FakeRequestContext } from './context';
import { FakeClientObject, resolver } from './proxy';

/** Like Excel.WorksheetCustomProperty: a key and its text. */
export class FakeCustomProperty extends FakeClientObject implements Pick<Excel.WorksheetCustomProperty, 'key' | 'value'> {
  private readonly resolve: () => string | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
    private readonly name: string,
    orNull: boolean,
  ) {
    super(context, path);
    this.resolve = resolver(
      path,
      () => (sheet().customProperties.has(name) ? name : undefined),
      (k) => sheet().customProperties.has(k),
      orNull,
    );
  }

  get key(): string {
    return this.loaded('key');
  }

  get value(): string {
    return this.loaded('value');
  }

  delete(): void {
    this.enqueueWrite({ delete: true }, () => {
      this.resolve();
      this.sheet().customProperties.delete(this.name);
    });
  }

  protected properties() {
    return { key: () => this.resolve(), value: () => this.sheet().customProperties.get(this.resolve()!) };
  }

  protected isNull(): boolean {
    return this.resolve() === undefined;
  }
}

/** Like Excel.WorksheetCustomPropertyCollection (ExcelApi 1.12): `add` replaces a key's text. */
export class FakeCustomPropertyCollection extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, path);
  }

  add(key: string, value: string): FakeCustomProperty {
    this.enqueueWrite({ add: { key, value } }, () => this.sheet().customProperties.set(key, value));
    return new FakeCustomProperty(this.context, `${this.path}.getItem('${key}')`, this.sheet, key, false);
  }

  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this.context, `${this.path}.getItemOrNullObject('${key}')`, this.sheet, key, true);
  }

  protected properties() {
    return {};
  }
}
