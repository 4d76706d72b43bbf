import type { FakeSheet, SheetBox } from './book';
import type { CellLook } from '../../sheet';

// A cell's look beyond number format and bold, as the fake keeps it, by `row:column`.
const key = (row: number, column: number) => `${row}:${column}`;
const SIDES = ['top', 'bottom', 'left', 'right'] as const;
const NO_BORDER = { style: 'None', color: '#000000', weight: 'Thin' };
const THIN = { style: 'Continuous', color: '#000000', weight: 'Thin' };

/** What `getCellProperties` gives of a cell's format (Office's CellProperties), as the fake models it. */
export interface FakeCellFormat {
  font: { bold: boolean; italic: boolean; color: string; name: string; size: number };
  fill: { color: string; pattern: string };
  borders: Record<(typeof SIDES)[number], { style: string; color: string; weight: string }>;
}

export function lookOf(sheet: FakeSheet, row: number, column: number): CellLook {
  return { ...sheet.looks.get(key(row, column)) };
}

export function setLook(sheet: FakeSheet, row: number, column: number, look: CellLook): void {
  const kept = Object.fromEntries(Object.entries(look).filter(([, v]) => v !== undefined && v !== false));
  if (Object.keys(kept).length > 0) sheet.looks.set(key(row, column), kept);
  else sheet.looks.delete(key(row, column));
}

/** A cell's format as Office's CellProperties (white, no pattern: no fill; Calibri 11). */
export function cellFormat(sheet: FakeSheet, row: number, column: number): FakeCellFormat {
  const look = lookOf(sheet, row, column);
  return {
    font: {
      bold: sheet.cells.get(row, column).bold,
      italic: look.italic ?? false,
      color: look.fontColor ?? '#000000',
      name: 'Calibri',
      size: 11,
    },
    fill: look.fill ? { color: look.fill, pattern: 'Solid' } : { color: '#FFFFFF', pattern: 'None' },
    borders: Object.fromEntries(SIDES.map((s) => [s, look.border ? THIN : NO_BORDER])) as FakeCellFormat['borders'],
  };
}

type Settable = {
  font?: Partial<FakeCellFormat['font']>;
  fill?: Partial<FakeCellFormat['fill']>;
  borders?: Partial<Record<(typeof SIDES)[number], { style?: string }>>;
};

/** `setCellProperties` for one cell: what it gives of the format is set, the rest stays. */
export function setCellFormat(sheet: FakeSheet, row: number, column: number, format: Settable): void {
  const look = lookOf(sheet, row, column);
  const { font, fill, borders } = format;
  if (font?.bold !== undefined) sheet.cells.set(row, column, { ...sheet.cells.get(row, column), bold: font.bold });
  if (font?.italic !== undefined) look.italic = font.italic;
  if (font?.color !== undefined) look.fontColor = font.color === '#000000' ? undefined : font.color;
  if (fill?.pattern === 'None') look.fill = undefined;
  else if (fill?.color !== undefined) look.fill = fill.color;
  if (borders) {
    const styles = SIDES.map((s) => borders[s]?.style).filter((s) => s !== undefined);
    if (styles.length > 0) look.border = styles.every((s) => s === 'Continuous');
  }
  setLook(sheet, row, column, look);
}

/** `copyFrom(source, 'Formats')`: each cell of `target` the format of its cell of `source`, tiled (number format, font, fill, borders). */
export function copyFormats(source: SheetBox, target: SheetBox): void {
  const formats = Array.from({ length: source.rows }, (_, r) =>
    Array.from({ length: source.columns }, (_, c) => {
      const cel = source.sheet.cells.get(source.top + r, source.left + c);
      return { numberFormat: cel.numberFormat, bold: cel.bold, look: lookOf(source.sheet, source.top + r, source.left + c) };
    }),
  );
  for (let r = 0; r < target.rows; r++)
    for (let c = 0; c < target.columns; c++) {
      const from = formats[r % source.rows][c % source.columns];
      const [row, column] = [target.top + r, target.left + c];
      target.sheet.cells.set(row, column, { ...target.sheet.cells.get(row, column), numberFormat: from.numberFormat, bold: from.bold });
      setLook(target.sheet, row, column, from.look);
    }
}

/** The parts of `value` that `request` asks for (a `true`, or an object asking for parts of it); borders: those parts of each side. */
export function pick(value: object, request: object): object {
  const out: Record<string, unknown> = {};
  for (const [k, asked] of Object.entries(request)) {
    if (k === 'borders') {
      out[k] = Object.fromEntries(
        Object.entries((value as FakeCellFormat).borders).map(([side, border]) => [side, pick(border, asked as object)]),
      );
      continue;
    }
    const v = (value as Record<string, unknown>)[k];
    if (v === undefined) throw new Error(`fakeExcel: getCellProperties does not model '${k}'`);
    if (asked === true) out[k] = v;
    else if (typeof asked === 'object' && asked !== null) out[k] = pick(v as object, asked);
  }
  return out;
}

/** The looks of the cells of a box let go (`clear` of their formats). */
export function clearLooks(box: SheetBox): void {
  for (const k of [...box.sheet.looks.keys()]) if (inBox(box, k)) box.sheet.looks.delete(k);
}

// Whether a look's `row:column` key lies in the box.
function inBox(box: SheetBox, key: string): boolean {
  const [row, column] = key.split(':').map(Number);
  return row >= box.top && row < box.top + box.rows && column >= box.left && column < box.left + box.columns;
}
