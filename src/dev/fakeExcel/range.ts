import type { SheetBox } from './book';
import type { FakeRequestContext } from './context';
import { richApiError } from './errors';
import { parseEntry } from './input';
import { FakeClientResult } from './clientResult';
import { FakeClientObject, resolver } from './proxy';
import { FakeRangeFormat } from './rangeFormat';
import { cellFormat, clearLooks, copyFormats, pick, setCellFormat } from './looks';
import { groupDetails, groupRows, setRowHidden, ungroupRows } from './outline';
import { boxA1, cellsIn, columnWidth, readCells, writeCells } from './sheetCells';
import { bladInVerwijzing, EXCEL_COLUMNS, type CellValue } from '../../sheet';

const officeValue = (v: CellValue) => (v === null ? '' : typeof v === 'object' ? v.error : v);

/** Like Excel.Range: a rectangle of one sheet, resolved at sync (a used range when first used). */
export class FakeRange
  extends FakeClientObject
  implements Pick<Excel.Range, 'address' | 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount' | 'values' | 'formulas' | 'numberFormat'>
{
  private formatProxy: FakeRangeFormat | undefined;
  private readonly resolve: () => SheetBox | undefined;

  constructor(context: FakeRequestContext, path: string, lookup: () => SheetBox | undefined, orNull = false) {
    super(context, path);
    this.resolve = resolver(path, lookup, (box) => context.book.has(box.sheet), orNull);
  }

  get address(): string {
    return this.loaded('address');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }

  /** Reading: numbers, text, booleans, '' for empty, the error's text. Writing: see `parseEntry`. */
  get values(): (string | number | boolean)[][] {
    return this.loaded('values');
  }
  set values(values: unknown[][]) {
    this.write({ values }, (box) => this.writeEntries(box, values));
  }

  /** Like values, with `=…` for a formula. */
  get formulas(): (string | number | boolean)[][] {
    return this.loaded('formulas');
  }
  set formulas(formulas: unknown[][]) {
    this.write({ formulas }, (box) => this.writeEntries(box, formulas));
  }

  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(formats: (string | null)[][]) {
    this.write({ numberFormat: formats }, (box) =>
      writeCells(box, this.path, formats, (cel, f) =>
        f === null ? undefined : { ...cel, numberFormat: f === '' ? 'General' : String(f) },
      ),
    );
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.context, `${this.path}.format`, this);
    return this.formatProxy;
  }

  select(): void {
    this.context.enqueue({
      kind: 'call',
      request: { path: this.path, call: 'select' },
      execute: () => this.context.book.select(this.box()),
    });
  }

  /** Empties the cells: 'All' (default), 'Contents' (values, formulas) or 'Formats'. */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    const [contents, formats] = [applyTo !== 'Formats', applyTo !== 'Contents'];
    this.write({ clear: applyTo }, (box) => {
      if (formats) clearLooks(box);
      cellsIn(box).forEach(([r, c, cel]) =>
        box.sheet.cells.set(r, c, {
          value: contents ? null : cel.value,
          formula: contents ? null : cel.formula,
          numberFormat: formats ? 'General' : cel.numberFormat,
          bold: formats ? false : cel.bold,
        }),
      );
    });
  }

  /**
   * The cells' formats, as asked: `{ format: { font: { bold: true } } }`, or what the fake
   * models of font, fill and borders (`FakeCellFormat`); anything else is refused.
   */
  getCellProperties(options: { format?: object }): FakeClientResult<{ format: object }[][]> {
    const format = options.format;
    if (!format || Object.keys(options).length > 1 || !Object.keys(format).every((k) => ['font', 'fill', 'borders'].includes(k)))
      throw new Error('fakeExcel: getCellProperties models format.font, fill and borders only');
    return FakeClientResult.query(this.context, `${this.path}.getCellProperties`, () => {
      const box = this.box();
      return readCells(box, this.path, () => null).map((row, r) =>
        row.map((_, c) => ({ format: pick(cellFormat(box.sheet, box.top + r, box.left + c), format) })),
      );
    });
  }

  /** Sets the cells' formats (font, fill, borders as `getCellProperties` gives them; an empty object leaves a cell). */
  setCellProperties(cells: { format?: object }[][]): void {
    this.write({ setCellProperties: cells }, (box) =>
      writeCells(
        box,
        this.path,
        cells,
        (_, entry, row, column) => void setCellFormat(box.sheet, row, column, (entry.format ?? {}) as Parameters<typeof setCellFormat>[3]),
      ),
    );
  }

  /** Copies another range's formats (only `Formats`, what the fake models), tiled over this range. */
  copyFrom(source: FakeRange, copyType: string): void {
    if (copyType !== 'Formats') throw new Error('fakeExcel: copyFrom models RangeCopyType.formats only');
    this.write({ copyFrom: source.path, copyType }, (box) => copyFormats(source.box(), box));
  }

  /** Groups, ungroups, hides or shows the rows of the range in the outline (`ByRows` only). */
  group(option: string): void {
    this.outline('group', option, (box) => groupRows(box, `${this.path}.group`));
  }
  ungroup(option: string): void {
    this.outline('ungroup', option, (box) => ungroupRows(box, `${this.path}.ungroup`));
  }
  hideGroupDetails(option: string): void {
    this.outline('hideGroupDetails', option, (box) => groupDetails(box, true));
  }
  showGroupDetails(option: string): void {
    this.outline('showGroupDetails', option, (box) => groupDetails(box, false));
  }

  /** Whether every row of the range is hidden. */
  get rowHidden(): boolean {
    return this.loaded('rowHidden');
  }
  set rowHidden(hidden: boolean) {
    this.write({ rowHidden: hidden }, (box) => {
      for (let r = box.top; r < box.top + box.rows; r++) setRowHidden(box.sheet, r, hidden);
    });
  }

  /** The fake answers `{ format: { columnWidth: true } }` only. */
  getColumnProperties(options: { format?: { columnWidth?: boolean } }): FakeClientResult<{ format: { columnWidth: number } }[]> {
    if (!options.format?.columnWidth || Object.keys(options).length > 1)
      throw new Error('fakeExcel: getColumnProperties models format.columnWidth only');
    return FakeClientResult.query(this.context, `${this.path}.getColumnProperties`, () => {
      const box = this.box();
      return Array.from({ length: box.columns }, (_, i) => ({ format: { columnWidth: columnWidth(box.sheet, box.left + i) } }));
    });
  }

  /** The smallest range holding this one and `other` (same sheet). */
  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.context, `${this.path}.getBoundingRect(${other.path})`, () => {
      const [a, b] = [this.box(), other.box()];
      const [top, left] = [Math.min(a.top, b.top), Math.min(a.left, b.left)];
      const bottom = Math.max(a.top + a.rows, b.top + b.rows);
      const right = Math.max(a.left + a.columns, b.left + b.columns);
      return { sheet: a.sheet, top, left, rows: bottom - top, columns: right - left };
    });
  }

  /** The `count` columns right of this range, over its rows (Excel: InvalidArgument past the last column). */
  getColumnsAfter(count = 1): FakeRange {
    return new FakeRange(this.context, `${this.path}.getColumnsAfter(${count})`, () => {
      const box = this.box();
      if (box.left + box.columns + count - 1 > EXCEL_COLUMNS)
        throw richApiError.invalidArgument(`${this.path}.getColumnsAfter(${count})`, 'past the last column');
      return { sheet: box.sheet, top: box.top, left: box.left + box.columns, rows: box.rows, columns: count };
    });
  }

  /** The cells this range and `other` (same sheet) have in common; a null object when none. */
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    if (typeof other === 'string') throw new Error('fakeExcel: getIntersectionOrNullObject models a Range argument only');
    return new FakeRange(
      this.context,
      `${this.path}.getIntersectionOrNullObject(${other.path})`,
      () => {
        const [a, b] = [this.box(), other.box()];
        const [top, left] = [Math.max(a.top, b.top), Math.max(a.left, b.left)];
        const bottom = Math.min(a.top + a.rows, b.top + b.rows);
        const right = Math.min(a.left + a.columns, b.left + b.columns);
        return bottom > top && right > left ? { sheet: a.sheet, top, left, rows: bottom - top, columns: right - left } : undefined;
      },
      true,
    );
  }

  /** At sync: the rectangle; ItemNotFound when its sheet is gone or (not OrNull) there is none. */
  box(): SheetBox {
    const box = this.resolve();
    if (!box) throw richApiError.itemNotFound(this.path);
    return box;
  }

  protected properties() {
    const box = () => this.box();
    return {
      address: () => `${bladInVerwijzing(box().sheet.name)}!${boxA1(box())}`,
      rowIndex: () => box().top - 1,
      columnIndex: () => box().left - 1,
      rowCount: () => box().rows,
      columnCount: () => box().columns,
      values: () => readCells(this.box(), this.path, (cel) => officeValue(cel.value)),
      formulas: () => readCells(this.box(), this.path, (cel) => (cel.formula !== null ? `=${cel.formula}` : officeValue(cel.value))),
      numberFormat: () => readCells(this.box(), this.path, (cel) => cel.numberFormat),
      rowHidden: () => Array.from({ length: box().rows }, (_, i) => box().top + i).every((r) => box().sheet.hiddenRows.has(r)),
    };
  }

  protected isNull(): boolean {
    return this.resolve() === undefined;
  }

  protected navigate(name: string): FakeClientObject {
    return name === 'format' ? this.format : super.navigate(name);
  }

  private writeEntries(box: SheetBox, entries: unknown[][]) {
    writeCells(box, this.path, entries, (cel, raw, row, column) => {
      const entry = parseEntry(raw, this.path);
      if (entry?.formula) this.context.book.entered.push({ sheet: box.sheet, row, column });
      return entry && { ...cel, ...entry };
    });
  }

  private outline(call: string, option: string, change: (box: SheetBox) => void): void {
    if (option !== 'ByRows') throw new Error(`fakeExcel: ${call} models GroupOption.byRows only`);
    this.write({ [call]: option }, change);
  }

  private write(request: object, change: (box: SheetBox) => void): void {
    this.enqueueWrite({ set: request }, () => change(this.box()));
  }
}
