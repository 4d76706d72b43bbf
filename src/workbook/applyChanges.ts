import type { Cel } from './usedRange';
import type { BlockWrite, SheetContent, WorkbookChanges } from './port';

/** What an adapter does to one sheet; `applyChanges` drives it in the port's order. */
export interface SheetEditor {
  exists(sheet: string): boolean;
  replaceSheet(content: SheetContent): void;
  deleteSheet(sheet: string): void;
  /** Sets a cell; `numberFormat` null leaves the format; `bold` undefined leaves the font. */
  setCell(sheet: string, row: number, column: number, cel: Omit<Cel, 'numberFormat' | 'bold'> & { numberFormat: string | null; bold?: boolean }): void;
  setColumnWidth(sheet: string, column: number, width: number | null): void;
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

/**
 * Applies changes in the port's order — sheets replaced, blocks written, sheets deleted —
 * after checking that every sheet written or deleted exists, so a bad change alters nothing.
 */
export function applyChanges(editor: SheetEditor, changes: WorkbookChanges): void {
  const created = new Set(changes.sheets.map((s) => s.name));
  const missing = [...changes.writes.map((w) => w.sheet), ...changes.deleteSheets].find((s) => !editor.exists(s) && !created.has(s));
  if (missing !== undefined) throw new Error(`apply: no sheet named '${missing}'`);
  for (const content of changes.sheets) {
    editor.replaceSheet(content);
    writeBlock(editor, { ...content, sheet: content.name, top: 1, left: 1 });
    content.columnWidths?.forEach((width, i) => editor.setColumnWidth(content.name, i + 1, width));
  }
  for (const w of changes.writes) writeBlock(editor, w);
  for (const sheet of changes.deleteSheets) editor.deleteSheet(sheet);
}
