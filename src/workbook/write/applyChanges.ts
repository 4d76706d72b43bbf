import type { BlockWrite, SheetChart, SheetContent, WorkbookChanges } from '../port';
import type { CellStyle, RowGroup } from '../port';
import type { Cel } from '../../sheet';

/** What an adapter does to one sheet; `applyChanges` drives it in the port's order. */
export interface SheetEditor {
  exists(sheet: string): boolean;
  replaceSheet(content: SheetContent): void;
  deleteSheet(sheet: string): void;
  /** Sets a cell; `numberFormat` null leaves the format; `bold` undefined leaves the font. */
  setCell(
    sheet: string,
    row: number,
    column: number,
    cel: Omit<Cel, 'numberFormat' | 'bold'> & { numberFormat: string | null; bold?: boolean },
  ): void;
  setColumnWidth(sheet: string, column: number, width: number | null): void;
  /** The add-in's own charts become `charts` (empty: none), other charts stay; absent where the adapter cannot make charts. */
  setCharts?(sheet: string, charts: SheetChart[]): void;
  /** The cell takes the whole format of the cell `from` of its sheet, its number format too (`BlockWrite.formatFrom`). */
  copyFormat(sheet: string, row: number, column: number, from: { row: number; column: number }): void;
  /** The cell's whole format becomes `style`, as this adapter read it (`BlockWrite.styles`). */
  setStyle(sheet: string, row: number, column: number, style: CellStyle): void;
  /** The sheet's row outline becomes `groups` (`RowGroupsChange`). */
  setRowGroups(sheet: string, groups: readonly RowGroup[]): void;
}

/** The whole-format edits of a block's cell, before its value, number format and bold. */
function styleCell(editor: SheetEditor, w: BlockWrite, r: number, c: number) {
  if (w.formatFrom) editor.copyFormat(w.sheet, w.top + r, w.left + c, w.formatFrom);
  const style = w.styles?.[r]?.[c];
  if (style) editor.setStyle(w.sheet, w.top + r, w.left + c, style);
}

/** A block's bold for one cell: undefined leaves the font (no `bold`, or null there); a `bold` row shorter than the block is not bold. */
export function boldAt(bold: readonly (readonly (boolean | null)[])[] | undefined, r: number, c: number): boolean | undefined {
  if (!bold) return undefined;
  const b = bold[r]?.[c];
  return b === null ? undefined : (b ?? false);
}

function writeBlock(editor: SheetEditor, w: BlockWrite) {
  w.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (w.formatFrom || w.styles) styleCell(editor, w, r, c);
      editor.setCell(w.sheet, w.top + r, w.left + c, {
        value,
        formula: w.formulas?.[r]?.[c] ?? null,
        numberFormat: w.numberFormats?.[r]?.[c] ?? null,
        bold: boldAt(w.bold, r, c),
      });
    }),
  );
}

/** The sheet a change writes or deletes that neither exists nor is made by it, if any. */
export function missingSheet(changes: WorkbookChanges, exists: (sheet: string) => boolean): string | undefined {
  const created = new Set(changes.sheets.map((s) => s.name));
  const named = [...changes.writes.map((w) => w.sheet), ...(changes.charts ?? []).map((c) => c.sheet), ...changes.deleteSheets];
  named.push(...(changes.columnWidths ?? []).map((w) => w.sheet), ...(changes.rowGroups ?? []).map((g) => g.sheet));
  return named.find((s) => !exists(s) && !created.has(s));
}

export const noSheetNamed = (sheet: string) => new Error(`apply: no sheet named '${sheet}'`);

/**
 * Applies changes in the port's order — sheets replaced, blocks written (widths, row outlines), charts, sheets deleted —
 * after checking that every sheet written or deleted exists, so a bad change alters nothing.
 */
export function applyChanges(editor: SheetEditor, changes: WorkbookChanges): void {
  const missing = missingSheet(changes, (s) => editor.exists(s));
  if (missing !== undefined) throw noSheetNamed(missing);
  for (const content of changes.sheets) {
    editor.replaceSheet(content);
    writeBlock(editor, { ...content, sheet: content.name, top: 1, left: 1 });
    content.columnWidths?.forEach((width, i) => editor.setColumnWidth(content.name, i + 1, width));
    if (content.charts) editor.setCharts?.(content.name, content.charts);
    if (content.rowGroups) editor.setRowGroups(content.name, content.rowGroups);
  }
  for (const w of changes.writes) writeBlock(editor, w);
  for (const { sheet, column, width } of changes.columnWidths ?? []) editor.setColumnWidth(sheet, column, width);
  for (const { sheet, groups } of changes.rowGroups ?? []) editor.setRowGroups(sheet, groups);
  for (const { sheet, charts } of changes.charts ?? []) editor.setCharts?.(sheet, charts);
  for (const sheet of changes.deleteSheets) editor.deleteSheet(sheet);
}
