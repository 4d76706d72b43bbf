import type { SheetBox } from './book';
import type { FakeRequestContext } from './context';
import { richApiError } from './errors';
import { CELL_READ_LIMIT } from './limits';
import { FakeClientObject } from './proxy';
import type { FakeRange } from './range';
import { cellsIn, columnWidth } from './sheetCells';

// One value when all are the same, else null (as Office answers for mixed formats).
const uniform = <T>(values: T[]): T | null => (values.every((v) => v === values[0]) ? values[0] : null);

const columnsOf = (box: SheetBox) => Array.from({ length: box.columns }, (_, i) => box.left + i);

/** A part of a range's format: resolved through its range. */
abstract class FakeRangePart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    path: string,
    protected readonly range: FakeRange,
  ) {
    super(context, path);
  }

  protected write(request: object, change: (box: SheetBox) => void): void {
    this.enqueueWrite({ set: request }, () => change(this.range.box()));
  }
}

/** Like Excel.RangeFormat: column widths (points) and the font. */
export class FakeRangeFormat extends FakeRangePart implements Pick<Excel.RangeFormat, 'columnWidth' | 'useStandardWidth'> {
  private fontProxy: FakeRangeFont | undefined;

  get columnWidth(): number {
    return this.loaded('columnWidth');
  }
  set columnWidth(points: number) {
    this.write({ columnWidth: points }, (box) => columnsOf(box).forEach((c) => box.sheet.columnWidths.set(c, points)));
  }

  get useStandardWidth(): boolean {
    return this.loaded('useStandardWidth');
  }
  /** Only `true` does something, as in Excel: the columns get the standard width back. */
  set useStandardWidth(standard: boolean) {
    this.write({ useStandardWidth: standard }, (box) => {
      if (!standard) return;
      for (const c of [...box.sheet.columnWidths.keys()]) if (c >= box.left && c < box.left + box.columns) box.sheet.columnWidths.delete(c);
    });
  }

  get font(): FakeRangeFont {
    this.fontProxy ??= new FakeRangeFont(this.context, `${this.path}.font`, this.range);
    return this.fontProxy;
  }

  protected properties() {
    const box = () => this.range.box();
    return {
      columnWidth: () => uniform(columnsOf(box()).map((c) => columnWidth(box().sheet, c))),
      useStandardWidth: () => uniform(columnsOf(box()).map((c) => !box().sheet.columnWidths.has(c))),
    };
  }

  protected navigate(name: string): FakeClientObject {
    return name === 'font' ? this.font : super.navigate(name);
  }
}

/** Like Excel.RangeFont: bold. */
export class FakeRangeFont extends FakeRangePart implements Pick<Excel.RangeFont, 'bold'> {
  get bold(): boolean {
    return this.loaded('bold');
  }
  set bold(bold: boolean) {
    this.write({ bold }, () => {
      const box = this.cellBox();
      if (bold)
        for (let r = 0; r < box.rows; r++)
          for (let c = 0; c < box.columns; c++)
            box.sheet.cells.set(box.top + r, box.left + c, { ...box.sheet.cells.get(box.top + r, box.left + c), bold });
      else for (const [r, c, cel] of cellsIn(box)) box.sheet.cells.set(r, c, { ...cel, bold });
    });
  }

  protected properties() {
    return {
      bold: () => {
        const box = this.cellBox();
        const bolds: boolean[] = [];
        for (let r = 0; r < box.rows; r++)
          for (let c = 0; c < box.columns; c++) bolds.push(box.sheet.cells.get(box.top + r, box.left + c).bold);
        return uniform(bolds);
      },
    };
  }

  // The range, unless it has more cells than the fake goes through one by one.
  private cellBox(): SheetBox {
    const box = this.range.box();
    if (box.rows * box.columns > CELL_READ_LIMIT) throw richApiError.tooManyCells(box.rows * box.columns, this.path);
    return box;
  }
}
