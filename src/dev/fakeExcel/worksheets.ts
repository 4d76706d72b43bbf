import type { FakeSheet, SheetBox } from './book';
import { FakeChartCollection } from './charts';
import { FakeCustomPropertyCollection } from './customProperties';
import type { FakeRequestContext } from './context';
import { richApiError } from './errors';
import { FakeCollection } from './collection';
import { FakeClientObject, resolver } from './proxy';
import { FakeRange } from './range';
import { EXCEL_COLUMNS, EXCEL_ROWS, parseRef } from '../../sheet';

// 'B2', 'B2:D5' (with or without $) or whole rows '1:10' → its box; undefined for anything else.
function parseAddress(address: string) {
  const rows = /^(\d+):(\d+)$/.exec(address.replace(/\$/g, ''));
  if (rows) return { top: Number(rows[1]), left: 1, rows: Number(rows[2]) - Number(rows[1]) + 1, columns: EXCEL_COLUMNS };
  const box = parseRef(address);
  return box && { top: box.top, left: box.left, rows: box.bottom - box.top + 1, columns: box.right - box.left + 1 };
}

/** Like Excel.Worksheet: its name and position, ranges, used range, charts. */
export class FakeWorksheet extends FakeClientObject implements Pick<Excel.Worksheet, 'name' | 'position'> {
  private chartsProxy: FakeChartCollection | undefined;
  private readonly resolve: () => FakeSheet | undefined;

  constructor(context: FakeRequestContext, path: string, lookup: () => FakeSheet | undefined, orNull = false) {
    super(context, path);
    this.resolve = resolver(path, lookup, (sheet) => context.book.has(sheet), orNull);
  }

  get name(): string {
    return this.loaded('name');
  }

  get position(): number {
    return this.loaded('position');
  }

  set position(position: number) {
    this.write({ position }, (sheet) => {
      const others = this.context.book.sheets.filter((s) => s !== sheet);
      others.splice(position, 0, sheet);
      this.context.book.sheets = others;
    });
  }

  get visibility(): FakeSheet['visibility'] {
    return this.loaded('visibility');
  }

  /** As Excel: the last visible sheet cannot be hidden. */
  set visibility(visibility: FakeSheet['visibility']) {
    this.write({ visibility }, (sheet) => {
      const shown = this.context.book.sheets.filter((s) => s !== sheet && s.visibility === 'Visible');
      if (visibility !== 'Visible' && shown.length === 0)
        throw richApiError.invalidOperation(`${this.path}.visibility`, 'a workbook keeps at least one visible sheet');
      sheet.visibility = visibility;
    });
  }

  get customProperties(): FakeCustomPropertyCollection {
    return new FakeCustomPropertyCollection(this.context, `${this.path}.customProperties`, () => this.sheet());
  }

  get charts(): FakeChartCollection {
    this.chartsProxy ??= new FakeChartCollection(this.context, `${this.path}.charts`, () => this.sheet());
    return this.chartsProxy;
  }

  /** The range at an A1 address (a cell, a block, or whole rows like `1:10`), or the whole sheet. */
  getRange(address?: string): FakeRange {
    const box = address === undefined ? { top: 1, left: 1, rows: EXCEL_ROWS, columns: EXCEL_COLUMNS } : parseAddress(address);
    if (!box) throw richApiError.invalidArgument(`${this.path}.getRange`, `'${address}' is not an A1 address the fake knows`);
    return new FakeRange(this.context, `${this.path}.getRange('${address ?? ''}')`, () => ({ sheet: this.sheet(), ...box }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const box = { top: startRow + 1, left: startColumn + 1, rows: rowCount, columns: columnCount };
    const path = `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`;
    const beyond = box.top < 1 || box.left < 1 || box.top + box.rows - 1 > EXCEL_ROWS || box.left + box.columns - 1 > EXCEL_COLUMNS;
    return new FakeRange(this.context, path, () => {
      if (beyond) throw richApiError.invalidArgument(path, 'the range reaches beyond the sheet (XFD1048576)');
      return { sheet: this.sheet(), ...box };
    });
  }

  /** The used range; A1 when the sheet is blank. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getUsedRange(${valuesOnly})`,
      () => this.usedBox(valuesOnly) ?? { sheet: this.sheet(), top: 1, left: 1, rows: 1, columns: 1 },
    );
  }

  /** The used range; a null object when the sheet is blank. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => this.usedBox(valuesOnly), true);
  }

  activate(): void {
    this.context.enqueue({
      kind: 'call',
      request: { path: this.path, call: 'activate' },
      execute: () => this.context.book.activate(this.sheet()),
    });
  }

  delete(): void {
    this.write({ delete: true }, (sheet) => this.context.book.remove(sheet));
  }

  /** At sync: the sheet, or undefined for a null object; ItemNotFound when it is gone. */
  sheet(): FakeSheet {
    const sheet = this.resolve();
    if (!sheet) throw richApiError.itemNotFound(this.path);
    return sheet;
  }

  protected properties() {
    return {
      name: () => this.sheet().name,
      position: () => this.context.book.sheets.indexOf(this.sheet()),
      visibility: () => this.sheet().visibility,
    };
  }

  protected isNull(): boolean {
    return this.resolve() === undefined;
  }

  private usedBox(valuesOnly: boolean): SheetBox | undefined {
    const sheet = this.sheet();
    const box = sheet.cells.usedBox(valuesOnly);
    return box && { sheet, ...box };
  }

  private write(request: object, change: (sheet: FakeSheet) => void): void {
    this.enqueueWrite(request, () => change(this.sheet()));
  }
}

/** Like Excel.WorksheetCollection. */
export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(context: FakeRequestContext) {
    super(context, 'workbook.worksheets');
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.getItem('${key}')`, () => this.context.book.find(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.getItemOrNullObject('${key}')`, () => this.context.book.find(key), true);
  }

  /** Adds a sheet at the end; ItemAlreadyExists when the name is taken. */
  add(name: string): FakeWorksheet {
    let added: FakeSheet | undefined;
    const path = `${this.path}.add('${name}')`;
    this.context.enqueue({ kind: 'write', request: { path }, execute: () => void (added = this.context.book.add(name)) });
    return new FakeWorksheet(this.context, path, () => added);
  }

  protected list(): FakeWorksheet[] {
    return this.context.book.sheets.map((sheet, i) => new FakeWorksheet(this.context, `${this.path}.items[${i}]`, () => sheet));
  }
}
