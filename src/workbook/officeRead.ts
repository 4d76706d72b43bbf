import type { Listing } from './officeListing';
import { portCell, toCharacters } from './officeCells';
import { readChart } from './officeChart';
import { jsonBytes, packRows, type Segment } from './payloadBlocks';
import type { SheetGrid } from './port';

/** Bytes a read may bring back (Excel on the web refuses a response over 5 MB). */
const READ_BUDGET = 4_800_000;
/** A cell's guessed share of a response (value, formula and number format); too small a guess costs a retry. */
const BYTES_PER_CELL = 60;

const CELLS = 'values,formulas,numberFormat';

/** Errors of a read too large for one response. */
const TOO_LARGE = new Set(['ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);
const tooLarge = (e: unknown) => TOO_LARGE.has((e as { code?: string }).code ?? '');

interface Cells {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: string[][];
}

// What the Totaalbeeld sheet's undo needs besides its cells: bold, column widths, its chart.
function queueExtras(sheet: Excel.Worksheet, used: Excel.Range) {
  return {
    bold: used.getCellProperties({ format: { font: { bold: true } } }),
    widths: sheet.getRange('A1').getBoundingRect(used).getColumnProperties({ format: { columnWidth: true } }),
    charts: sheet.charts.load('items/name,items/chartType,items/title/text'),
  };
}
type Extras = ReturnType<typeof queueExtras>;

function toGrid(name: string, top: number, left: number, cells: Cells, extras: Extras | undefined): SheetGrid {
  const blank = cells.values.length === 1 && cells.values[0].length === 1 && cells.values[0][0] === '' && cells.formulas[0][0] === '';
  const read = blank ? [] : cells.values.map((row, r) => row.map((v, c) => portCell(v, cells.formulas[r][c])));
  const grid: SheetGrid = {
    name,
    top: blank ? 1 : top,
    left: blank ? 1 : left,
    values: read.map((row) => row.map((c) => c.value)),
    formulas: read.map((row) => row.map((c) => c.formula)),
    numberFormats: blank ? [] : cells.numberFormat,
  };
  if (!extras) return grid;
  const chart = extras.charts.items.map(readChart).find((c) => c !== undefined);
  return {
    ...grid,
    bold: blank ? [] : extras.bold.value.map((row) => row.map((p) => p.format?.font?.bold === true)),
    columnWidths: blank ? [] : extras.widths.value.map((c) => (c.format?.columnWidth === undefined ? null : toCharacters(c.format.columnWidth))),
    ...(chart && { chart }),
  };
}

function listing(sheets: Excel.WorksheetCollection, names: readonly string[], extras: (Extras | undefined)[]): Listing {
  const charts = names.flatMap((name, i): [string, string[]][] => {
    const read = extras[i];
    return read ? [[name, read.charts.items.map((c) => c.name)]] : [];
  });
  return { names: sheets.items.map((s) => s.name), charts: new Map(charts) };
}

/**
 * Reads the used ranges of the named sheets — values, formulas, number formats, and for the
 * sheets `owned` says bold, column widths and chart — in one sync; when the response would
 * pass 5 MB, the sizes first and then the cells in row blocks of about 5 MB per sync.
 */
export async function readGrids(context: Excel.RequestContext, names: readonly string[], owned: (name: string) => boolean) {
  try {
    return await readWhole(context, names, owned);
  } catch (e) {
    if (!tooLarge(e)) throw e;
    return readInBlocks(context, names, owned);
  }
}

async function readWhole(context: Excel.RequestContext, names: readonly string[], owned: (name: string) => boolean) {
  const sheets = context.workbook.worksheets.load('items/name');
  const reads = names.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const used = sheet.getUsedRange(true).load(`rowIndex,columnIndex,${CELLS}`);
    return { used, extras: owned(name) ? queueExtras(sheet, used) : undefined };
  });
  await context.sync();
  const grids = reads.map(({ used, extras }, i) => toGrid(names[i], used.rowIndex + 1, used.columnIndex + 1, used, extras));
  return { grids, listing: listing(sheets, names, reads.map((r) => r.extras)) };
}

async function readInBlocks(context: Excel.RequestContext, names: readonly string[], owned: (name: string) => boolean) {
  const sheets = context.workbook.worksheets.load('items/name');
  const heads: Head[] = names.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const used = sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
    return { sheet, used, extras: owned(name) ? queueExtras(sheet, used) : undefined, blocks: new Map<number, Cells>(), next: 0 };
  });
  await context.sync();
  // Batch after batch of row blocks, sized by the bytes a cell took so far (a guess at first).
  for (let perCell = BYTES_PER_CELL; ; ) {
    const left = heads.filter((h) => h.next < h.used.rowCount);
    if (left.length === 0) break;
    const rows = (h: Head) => new Array<number>(h.used.rowCount - h.next).fill(h.used.columnCount * perCell);
    const batch = packRows(left, rows, READ_BUDGET)[0].map((s) => ({ ...s, start: s.item.next + s.start }));
    const bytes = await readBatch(context, batch);
    batch.forEach((s) => (s.item.next = s.start + s.count));
    perCell = Math.max(1, (bytes / batch.reduce((n, s) => n + s.count * s.item.used.columnCount, 0)) * 1.1);
  }
  const grids = heads.map(({ used, extras, blocks }, i) => {
    const parts = [...blocks].sort(([a], [b]) => a - b).map(([, cells]) => cells);
    const cells: Cells = { values: parts.flatMap((p) => p.values), formulas: parts.flatMap((p) => p.formulas), numberFormat: parts.flatMap((p) => p.numberFormat) };
    return toGrid(names[i], used.rowIndex + 1, used.columnIndex + 1, cells, extras);
  });
  return { grids, listing: listing(sheets, names, heads.map((h) => h.extras)) };
}

interface Head {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  extras: Extras | undefined;
  blocks: Map<number, Cells>;
  /** The first row (from the used range's top) not read yet. */
  next: number;
}

// Reads row blocks in one sync (a batch too large after all in two halves); the bytes read.
async function readBatch(context: Excel.RequestContext, batch: Segment<Head>[]): Promise<number> {
  const ranges = batch.map(({ item, start, count }) =>
    item.sheet.getRangeByIndexes(item.used.rowIndex + start, item.used.columnIndex, count, item.used.columnCount).load(CELLS),
  );
  try {
    await context.sync();
  } catch (e) {
    const halves = batch.flatMap((s) => (s.count > 1 ? [{ ...s, count: s.count >> 1 }, { ...s, start: s.start + (s.count >> 1), count: s.count - (s.count >> 1) }] : [s]));
    if (!tooLarge(e) || halves.length === 1) throw e; // one row too large: nothing left to split
    const middle = halves.length >> 1;
    return (await readBatch(context, halves.slice(0, middle))) + (await readBatch(context, halves.slice(middle)));
  }
  const cells = ranges.map(({ values, formulas, numberFormat }): Cells => ({ values, formulas, numberFormat }));
  batch.forEach(({ item, start }, i) => item.blocks.set(start, cells[i]));
  return jsonBytes(cells);
}
