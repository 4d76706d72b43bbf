import type { Cel } from './usedRange';
import type { BlockWrite, SheetChart, SheetContent, WorkbookChanges } from './port';

/** What an adapter does to one sheet; `applyChanges` drives it in the port's order. */
export interface SheetEditor {
  exists(sheet: string): boolean;
  replaceSheet(content: SheetContent): void;
  deleteSheet(sheet: string): void;
  /** Sets a cell; `numberFormat` null leaves the format; `bold` undefined leaves the font. */
  setCell(sheet: string, row: number, column: number, cel: Omit<Cel, 'numberFormat' | 'bold'> & { numberFormat: string | null; bold?: boolean }): void;
  setColumnWidth(sheet: string, column: number, width: number | null): void;
  /** Absent where the adapter cannot make charts. */
  setChart?(sheet: string, chart: SheetChart): void;
}

function writeBlock(editor: SheetEditor, w: BlockWrite & { bold?: boolean[][] }) {
  w.values.forEach((row, r) =>
    row.forEach((value, c) =>
      editor.setCell(w.sheet, w.top + r, w.left + c, {
        value,
        formula: w.formulas?.[r]?.[c] ?? null,
        numberFormat: w.numberFormats?.[r]?.[c] ?? null,
        ...(w.bold && { bold: w.bold[r]?.[c] ?? false }),
      }),
    ),
  );
}

/** The sheet a change writes or deletes that neither exists nor is made by it, if any. */
export function missingSheet(changes: WorkbookChanges, exists: (sheet: string) => boolean): string | undefined {
  const created = new Set(changes.sheets.map((s) => s.name));
  return [...changes.writes.map((w) => w.sheet), ...changes.deleteSheets].find((s) => !exists(s) && !created.has(s));
}

export const noSheetNamed = (sheet: string) => new Error(`apply: no sheet named '${sheet}'`);

/**
 * Applies changes in the port's order — sheets replaced, blocks written, sheets deleted —
 * after checking that every sheet written or deleted exists, so a bad change alters nothing.
 */
export function applyChanges(editor: SheetEditor, changes: WorkbookChanges): void {
  const missing = missingSheet(changes, (s) => editor.exists(s));
  if (missing !== undefined) throw noSheetNamed(missing);
  for (const content of changes.sheets) {
    editor.replaceSheet(content);
    writeBlock(editor, { ...content, sheet: content.name, top: 1, left: 1 });
    content.columnWidths?.forEach((width, i) => editor.setColumnWidth(content.name, i + 1, width));
    if (content.chart) editor.setChart?.(content.name, content.chart);
  }
  for (const w of changes.writes) writeBlock(editor, w);
  for (const sheet of changes.deleteSheets) editor.deleteSheet(sheet);
}
