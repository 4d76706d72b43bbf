import ExcelJS from 'exceljs';
import { applyChanges, type SheetEditor } from '../../write/applyChanges';
import type { CellValue, ReadDetail, SheetContent, SheetGrid, WorkbookPort } from '../../port';
import { rowGroupsIn, setRowGroups } from './rowOutline';
import { usedRange, withFormatsRight, withStyles, type Cel, largest } from '../../../sheet';

/** An .xlsx workbook opened with ExcelJS (Node): the port, and saving to a (new) path. */
export interface XlsxWerkmap {
  port: WorkbookPort;
  save(path: string): Promise<void>;
  toBuffer(): Promise<Buffer>;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCELJS_DEFAULT_WIDTH = 9;

// An ExcelJS value (or a formula's result) as a port value; dates as serial numbers.
function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86400000;
  const o = v as { error?: string; richText?: { text: string }[]; text?: unknown; result?: unknown };
  if (o.error !== undefined) return { error: String(o.error) };
  if (o.richText) return o.richText.map((r) => r.text).join('');
  if (o.text !== undefined) return plain(o.text);
  if ('formula' in o || 'sharedFormula' in o) return plain(o.result);
  return null;
}

function readCell(cell: ExcelJS.Cell): Cel {
  const merged = cell.type === ExcelJS.ValueType.Merge;
  const formula = cell.type === ExcelJS.ValueType.Formula ? (cell.formula ?? null) : null;
  return {
    // A formula's cached result from the cell's model: ExcelJS's `cell.value` drops a falsy one (0, false, ''; exceljs#2943).
    value: merged ? null : plain(formula === null ? cell.value : (cell.model as { result?: unknown }).result),
    formula,
    numberFormat: cell.numFmt || 'General',
    bold: cell.font?.bold === true,
  };
}

function readSheet(ws: ExcelJS.Worksheet, detail?: ReadDetail): SheetGrid {
  const cells: [number, number, Cel][] = [];
  // Empty cells too: a format or bold on an empty cell is part of what a run may overwrite and undo puts back.
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => void cells.push([r, c, readCell(cell)])),
  );
  const right = largest(
    cells.map(([, c]) => c),
    ws.columns?.length ?? 0,
  );
  const widths = Array.from({ length: right }, (_, i) => ws.getColumn(i + 1).width ?? null);
  const grid = withFormatsRight(usedRange(ws.name, cells, widths), cells, detail, widths);
  return { ...withStyles(grid, detail, (r, c) => ({ adapterStyle: structuredClone(ws.getCell(r, c).style) })), rowGroups: rowGroupsIn(ws) };
}

const excelValue = (v: CellValue) => (v !== null && typeof v === 'object' ? { error: v.error } : v) as ExcelJS.CellValue;

type Style = Partial<ExcelJS.Style>;

// A new cell gets an empty style object of its own.
function isEmpty(style: Style): boolean {
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  return true;
}

/**
 * A cell's style with another number format and/or bold, as one object per (style, format,
 * bold): ExcelJS shares style objects between cells (so a cell's style is replaced, never
 * changed), and on saving it looks an object it has seen up in a WeakMap, but renders and
 * compares every other one — per cell, 100.000s of times for a large Opgave sheet.
 */
function styleDeriver(): (style: Style, numberFormat: string | null, bold: boolean | undefined) => Style {
  const unstyled: Style = {};
  const derived = new WeakMap<Style, Map<string, Style>>();
  return (style, numberFormat, bold) => {
    const base = isEmpty(style) ? unstyled : style;
    let known = derived.get(base);
    if (!known) derived.set(base, (known = new Map()));
    const key = `${numberFormat}|${bold}`;
    let result = known.get(key);
    if (!result) {
      result = { ...base };
      if (numberFormat !== null) result.numFmt = numberFormat;
      if (bold !== undefined) result.font = { ...base.font, bold };
      known.set(key, result);
    }
    return result;
  };
}

// Edits an ExcelJS workbook cell by cell, replacing style objects (ExcelJS shares them between cells).
// ExcelJS can neither write nor read charts: the add-in's charts are left out (no setCharts);
// the command line writes them through the package writer (adapters/xlsx) instead.
function editor(wb: ExcelJS.Workbook): SheetEditor {
  const ws = (name: string) => {
    const sheet = wb.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet named '${name}'`);
    return sheet;
  };
  const derive = styleDeriver();
  type Ordered = { orderNo: number };
  return {
    exists: (name) => wb.getWorksheet(name) !== undefined,
    replaceSheet: (content: SheetContent) => {
      const old = wb.getWorksheet(content.name);
      const orderNo = old && (old as unknown as Ordered).orderNo;
      if (old) wb.removeWorksheet(old.id);
      const fresh = wb.addWorksheet(content.name, { state: content.hidden ? 'hidden' : (old?.state ?? 'visible') });
      if (orderNo !== undefined) (fresh as unknown as Ordered).orderNo = orderNo;
    },
    deleteSheet: (name) => wb.removeWorksheet(ws(name).id),
    setCell: (name, row, column, { value, formula, numberFormat, bold }) => {
      const cell = ws(name).getCell(row, column);
      cell.value = formula === null ? excelValue(value) : ({ formula, result: excelValue(value) ?? undefined } as ExcelJS.CellValue);
      if (numberFormat !== null || bold !== undefined) cell.style = derive(cell.style, numberFormat, bold);
    },
    // ExcelJS leaves a width of exactly 9 (its default) out of the file: a hair more keeps it.
    setColumnWidth: (name, column, width) => {
      ws(name).getColumn(column).width = width === EXCELJS_DEFAULT_WIDTH ? width + 1e-9 : (width ?? undefined);
    },
    // A new style object each: ExcelJS shares them between cells.
    copyFormat: (name, row, column, from) => {
      ws(name).getCell(row, column).style = structuredClone(ws(name).getCell(from.row, from.column).style);
    },
    setStyle: (name, row, column, style) => {
      ws(name).getCell(row, column).style = structuredClone(style.adapterStyle as Style);
    },
    setRowGroups: (name, groups) => setRowGroups(ws(name), groups),
  };
}

function werkmap(wb: ExcelJS.Workbook): XlsxWerkmap {
  const port: WorkbookPort = {
    sheetNames: async () => wb.worksheets.map((ws) => ws.name),
    readSheets: async (names, detail) =>
      names.map((name) => {
        const ws = wb.getWorksheet(name);
        if (!ws) throw new Error(`no sheet named '${name}'`);
        return readSheet(ws, detail);
      }),
    apply: async (changes) => {
      applyChanges(editor(wb), changes);
      if (changes.toon) await port.select(changes.toon.blad, changes.toon.cel);
    },
    // The file opens on that sheet with that cell selected.
    select: async (blad, cel) => {
      const ws = wb.getWorksheet(blad);
      if (!ws) throw new Error(`no sheet named '${blad}'`);
      wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: 'visible', activeTab: wb.worksheets.indexOf(ws) }];
      ws.views = [{ state: 'normal', activeCell: cel }];
    },
  };
  return {
    port,
    save: (path) => wb.xlsx.writeFile(path),
    toBuffer: async () => Buffer.from(await wb.xlsx.writeBuffer()),
  };
}

/** Opens an .xlsx file. ExcelJS is the only library that touches the file. */
export async function openXlsx(path: string): Promise<XlsxWerkmap> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return werkmap(wb);
}

/** Reads an .xlsx file from its bytes. */
export async function readXlsx(data: ArrayBuffer | Buffer): Promise<XlsxWerkmap> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return werkmap(wb);
}

/** A new, empty .xlsx workbook (e.g. for writing the example). */
export function newXlsx(): XlsxWerkmap {
  return werkmap(new ExcelJS.Workbook());
}
