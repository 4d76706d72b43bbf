import { MAX_CELLEN, teGroot, TeGroteWerkmap } from '../../read/celLimiet';
import { isBlankRead, OFFICE_CELLS, officeGrid, type OfficeCells } from './cells';
import { headGrid, queueDressing, queueHead, USED_RANGE, type Dressing, type Head } from './head';
import { queueOutlineRead, sameSheet, type Listing } from './listing';
import { jsonBytes, type Segment } from './payloadBlocks';
import type { ReadDetail, SheetGrid } from '../../port';
import { rangeA1, consecutiveRuns, EXCEL_COLUMNS } from '../../../sheet';
import { queueHeadLook, queueLook, type SheetLook } from './look';

/** Bytes a read may bring back: Excel on the web refuses a response over 5 MB; the rest is margin. */
const READ_BUDGET = 4_800_000;
/** A cell's weight with its formula and format, guessed where the head has no rows to go by. */
const BYTES_PER_CELL = 60;
/** On a row's weight guessed from the head's few rows: the rows below may weigh more. */
const SAMPLE_MARGIN = 1.15;
/** What bold adds to a cell: `{"format":{"font":{"bold":false}}},`. */
const BOLD_BYTES = 36;
/** Head rows read to weigh rows when the caller needs none (no detail). */
const SAMPLE_ROWS = 10;
/** A number format of a cell right of the used range: `"General",`. */
const RIGHT_FORMAT_BYTES = 12;
/** Room kept in the first request for each sheet read whole without a head (its size unknown). */
const UNKNOWN_RESERVE = 250_000;

/** What `readSheets` needs of each sheet besides its values. */
export interface ReadNeed {
  detail?: ReadDetail;
  /** The sheets whose bold, column widths and chart are read too (the Totaalbeeld's undo needs them). */
  dressed(name: string): boolean;
  /** Calculate the workbook first, in the first request (Excel in manual mode): the values read are then current. */
  calculate?: boolean;
  /** Read the row outline the adapter made (Excel has ExcelApi 1.12: look.ts). */
  outline?: boolean;
}

/** The workbook moved under the read: a used range or header row is not as planned. */
class Moved extends Error {}

const TOO_LARGE = new Set(['ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);
const tooLarge = (e: unknown) => TOO_LARGE.has((e as { code?: string }).code ?? '');

/** Rows of a sheet as read: values of every column, formulas and formats from some (`fills`). */
interface Part {
  start: number;
  values: unknown[][];
  fills: { left: number; formulas: unknown[][]; numberFormat: string[][] }[];
  bold?: boolean[][];
  /** Number formats of the `right` columns just right of the used range. */
  formatsRight?: string[][];
}

/** A sheet read in row blocks planned from its head. */
interface Planned {
  head: Head;
  /** Formulas and formats of every column; else of the `runs` of columns only. */
  whole: boolean;
  runs: number[][];
  /** How many columns right of the used range a run writes into: their number formats are read too. */
  right: number;
  dressed: boolean;
  /** The first row (from the used range's top) not read yet. */
  next: number;
  parts: Part[];
  /** Bytes and rows read so far, for weighing the rows still to read. */
  read: { bytes: number; rows: number };
  /** The widths and header cells' formats of a sheet read for a recalculation, read with its first block. */
  look: SheetLook;
}

interface SheetRead {
  grid: SheetGrid;
  dressing?: Dressing;
}

function columnsOf(head: Head, run: readonly number[]) {
  return <T>(table: T[][]) => table.map((row) => row.slice(run[0] - head.left, run[0] - head.left + run.length));
}

/** The columns the caller needs formulas and formats of, as runs inside the used range; undefined for all. */
function neededRuns(head: Head, grid: SheetGrid, need: ReadNeed): number[][] | undefined {
  const detail = need.detail;
  if (!detail || detail.wholeSheets.some((w) => sameSheet(w, head.name))) return undefined;
  if (valuesOnly(head.name, need)) return [];
  return consecutiveRuns(detail.detailColumns(grid).filter((c) => c >= head.left && c < head.left + head.columns));
}

const valuesOnly = (name: string, need: ReadNeed) => need.detail?.valuesOnly?.some((v) => sameSheet(v, name)) === true;

/** The rows of a sheet's head its read is planned from: one for a sheet read for its values only, else the rows `detailColumns` looks at. */
const headRowsOf = (name: string, need: ReadNeed, otherwise: number) => (valuesOnly(name, need) ? 1 : (need.detail?.headRows ?? otherwise));

function plan(head: Head, need: ReadNeed): Planned {
  // Office gives every cell of a used range, empty or not: a range too large to hold is refused before any block is read.
  const area = head.rows * head.columns;
  if (area > MAX_CELLEN)
    throw new TeGroteWerkmap(teGroot.bereik(head.name, rangeA1(head.top, head.left, head.rows, head.columns), area, MAX_CELLEN));
  const grid = headGrid(head, need.detail?.headRows ?? 0);
  const runs = neededRuns(head, grid, need);
  // Only where formats reach right of the used range (rare): else those cells are all General, nothing to read.
  const beyond = head.formattedRight - (head.left + head.columns - 1);
  const right = runs === undefined || head.rows === 0 || beyond <= 0 ? 0 : Math.min(beyond, need.detail!.columnsRight(grid));
  const detail = need.detail;
  const look: SheetLook = {
    widths:
      need.dressed(head.name) || head.rows === 0
        ? 0
        : Math.min(EXCEL_COLUMNS, head.left + head.columns - 1 + (runs && detail ? detail.columnsRight(grid) : 0)),
    ...(head.rows > 0 && detail?.styledCells && { styled: detail.styledCells(grid) }),
  };
  return {
    head,
    whole: runs === undefined,
    runs: runs ?? [],
    right,
    dressed: need.dressed(head.name),
    next: 0,
    parts: [],
    read: { bytes: 0, rows: 0 },
    look,
  };
}

// A head can plan a sheet's read if it shows the rows the caller looks at, and its dressing when needed.
const plannable = (head: Head, need: ReadNeed) =>
  head.headRows >= headRowsOf(head.name, need, 0) && (!need.dressed(head.name) || head.dressing !== undefined);

/** What a row of the sheet brings back: as the rows read so far, else guessed from the head with a margin. */
function rowWeight(p: Planned): number {
  if (p.read.rows > 0) return p.read.bytes / p.read.rows;
  const { values, formulas, numberFormat } = p.head.cells;
  if (values.length === 0) return p.head.columns * BYTES_PER_CELL;
  const fills = p.whole ? [[formulas, numberFormat]] : p.runs.map((run) => [formulas, numberFormat].map(columnsOf(p.head, run)));
  const bytes = jsonBytes(values) + fills.reduce((n, fill) => n + jsonBytes(fill), 0);
  return (bytes / values.length + (p.dressed ? p.head.columns * BOLD_BYTES : 0) + p.right * RIGHT_FORMAT_BYTES) * SAMPLE_MARGIN;
}

/** The next row blocks for one request: in order, as many rows as `budget` takes by their weight (one at least). */
function nextBatch(planned: Iterable<Planned>, budget: number): Segment<Planned>[] {
  const batch: Segment<Planned>[] = [];
  let fill = 0;
  for (const p of planned) {
    const left = p.head.rows - p.next;
    if (left <= 0) continue;
    const weight = rowWeight(p);
    const count = Math.min(left, Math.max(Math.floor((budget - fill) / weight), batch.length === 0 ? 1 : 0));
    if (count === 0) break;
    batch.push({ item: p, start: p.next, count });
    fill += count * weight;
    if (count < left) break;
  }
  return batch;
}

/** Queues a row block: values of every column, formulas and formats where needed, bold when dressed. */
function queueBlock(context: Excel.RequestContext, { item: p, start, count }: Segment<Planned>): () => Part {
  const sheet = context.workbook.worksheets.getItem(p.head.name);
  const rect = (left: number, width: number) => sheet.getRangeByIndexes(p.head.top - 1 + start, left - 1, count, width);
  const all = rect(p.head.left, p.head.columns).load(p.whole ? OFFICE_CELLS : 'values');
  const runs = p.runs.map((run) => ({ left: run[0], range: rect(run[0], run.length).load('formulas,numberFormat') }));
  const bold = p.dressed ? all.getCellProperties({ format: { font: { bold: true } } }) : undefined;
  const right = p.right > 0 ? rect(p.head.left + p.head.columns, p.right).load('numberFormat') : undefined;
  return () => ({
    start,
    values: all.values,
    fills: p.whole
      ? [{ left: p.head.left, formulas: all.formulas, numberFormat: all.numberFormat }]
      : runs.map(({ left, range }) => ({ left, formulas: range.formulas, numberFormat: range.numberFormat })),
    ...(bold && { bold: bold.value.map((row) => row.map((c) => c.format?.font?.bold === true)) }),
    ...(right && { formatsRight: right.numberFormat }),
  });
}

/** Queues row blocks and, per sheet, its used range to check against the plan; records them after the sync. */
function queueBatch(context: Excel.RequestContext, batch: Segment<Planned>[]): () => void {
  const parts = batch.map((segment) => queueBlock(context, segment));
  const looks = [...new Set(batch.map((s) => s.item))]
    .filter((p) => !p.look.read)
    .map((p) => queueLook(context.workbook.worksheets.getItem(p.head.name), p.look));
  const checks = [...new Set(batch.map((s) => s.item))].map((p) => ({
    p,
    used: context.workbook.worksheets.getItem(p.head.name).getUsedRange(true).load(USED_RANGE),
  }));
  return () => {
    const moved = ({ p: { head }, used }: (typeof checks)[number]) =>
      used.rowIndex + 1 !== head.top ||
      used.columnIndex + 1 !== head.left ||
      used.rowCount !== head.rows ||
      used.columnCount !== head.columns;
    if (checks.some(moved)) throw new Moved();
    looks.forEach((record) => record());
    batch.forEach(({ item, start, count }, i) => {
      const part = parts[i]();
      item.parts.push(part);
      item.read.bytes += jsonBytes(part);
      item.read.rows += count;
      item.next = Math.max(item.next, start + count);
    });
  };
}

// Reads row blocks in one sync (a batch too large after all in two halves, one sync each).
async function readBatch(context: Excel.RequestContext, batch: Segment<Planned>[]): Promise<void> {
  const record = queueBatch(context, batch);
  try {
    await context.sync();
  } catch (e) {
    const halves = batch.flatMap((s) =>
      s.count > 1
        ? [
            { ...s, count: s.count >> 1 },
            { ...s, start: s.start + (s.count >> 1), count: s.count - (s.count >> 1) },
          ]
        : [s],
    );
    if (!tooLarge(e) || halves.length === batch.length) throw e; // single rows too large: nothing left to split
    const middle = halves.length >> 1;
    await readBatch(context, halves.slice(0, middle));
    return readBatch(context, halves.slice(middle));
  }
  record();
}

/**
 * Queues reading a sheet's used range whole, in one go (values, formulas, formats; bold and
 * dressing when dressed; the formats of `right` columns right of it, where a first run writes).
 */
function queueWhole(context: Excel.RequestContext, name: string, dressed: boolean, right: number, detail?: ReadDetail): () => SheetRead {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRange(true).load(`rowIndex,columnIndex,${OFFICE_CELLS}`);
  const bold = dressed ? used.getCellProperties({ format: { font: { bold: true } } }) : undefined;
  const dressing = dressed ? queueDressing(sheet, used) : undefined;
  const after = right > 0 ? used.getColumnsAfter(right).load('numberFormat') : undefined;
  // Where its header row is not known yet: the widths from A, and the formats of the rows it may be in.
  const look = dressed ? undefined : queueHeadLook(sheet, after ?? used, detail);
  return () => {
    const blank = isBlankRead(used);
    const read = blank
      ? officeGrid(name, 1, 1, { values: [], formulas: [], numberFormat: [] })
      : officeGrid(name, used.rowIndex + 1, used.columnIndex + 1, used);
    const formatted = after && !blank ? { ...read, formatsRight: after.numberFormat } : read;
    const grid = look && !blank ? look(formatted) : formatted;
    if (!bold || !dressing) return { grid };
    return {
      grid: { ...grid, bold: blank ? [] : bold.value.map((row) => row.map((c) => c.format?.font?.bold === true)) },
      dressing: dressing(blank),
    };
  };
}

/** A planned sheet's grid from its parts: cells whose formula and format were not read as constants in General. */
function assemble(p: Planned, need: ReadNeed): SheetRead {
  const { head } = p;
  const parts = [...p.parts].sort((a, b) => a.start - b.start);
  const cells = parts.map((part): OfficeCells => {
    const formulas = part.values.map((row) => [...row]);
    const numberFormat = part.values.map((row) => row.map(() => 'General'));
    for (const fill of part.fills)
      fill.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          formulas[r][fill.left - head.left + c] = f;
          numberFormat[r][fill.left - head.left + c] = fill.numberFormat[r][c];
        }),
      );
    return { values: part.values, formulas, numberFormat };
  });
  const grid = officeGrid(head.name, head.top, head.left, {
    values: cells.flatMap((c) => c.values),
    formulas: cells.flatMap((c) => c.formulas),
    numberFormat: cells.flatMap((c) => c.numberFormat),
  });
  // The header row read now must own no column whose formulas and formats were not read.
  const keep = Math.max(0, (need.detail?.headRows ?? 0) - head.top + 1);
  const top = {
    ...grid,
    values: grid.values.slice(0, keep),
    formulas: grid.formulas.slice(0, keep),
    numberFormats: grid.numberFormats.slice(0, keep),
  };
  const runs = neededRuns(head, top, need);
  if (runs && !runs.flat().every((c) => p.runs.some((run) => run.includes(c)))) throw new Moved();
  const formatted = p.right > 0 ? { ...grid, formatsRight: parts.flatMap((part) => part.formatsRight ?? []) } : grid;
  const { widths, styles } = p.look.read ?? {};
  const read = { ...formatted, ...(widths && { columnWidths: widths }), ...(styles && { styles }) };
  if (!p.dressed) return { grid: read };
  return { grid: { ...read, bold: parts.flatMap((part) => part.bold ?? []) }, dressing: head.dressing };
}

/**
 * Reads the named sheets: the sheets with a head (from the listing just before) in row
 * blocks planned from it, under 4.8 MB per response; the others whole in the first request,
 * where their size is not known — and when that request is too large after all, their heads
 * first, then they too in planned blocks. The listing, with the charts of the sheets read, is loaded in the first request.
 */
async function readOnce(context: Excel.RequestContext, names: readonly string[], heads: ReadonlyMap<string, Head>, need: ReadNeed) {
  // Before any read of the request: Excel runs its commands in order, so every value below is read calculated.
  if (need.calculate) context.workbook.application.calculate('Full');
  let sheets = context.workbook.worksheets.load('items/name');
  const queueOutlines = () => (need.outline ? names.map((name) => queueOutlineRead(context.workbook.worksheets.getItem(name))) : undefined);
  let outlines = queueOutlines();
  // The charts of the sheets not dressed (those of a dressed sheet come with its dressing): an `apply` right after, replacing one of them, then needs no listing of its own.
  const queueCharts = () =>
    names
      .filter((name) => !need.dressed(name))
      .map((name) => ({ name, charts: context.workbook.worksheets.getItem(name).charts.load('items/name') }));
  let charts = queueCharts();
  const planned = new Map<string, Planned>();
  for (const name of names) {
    const head = heads.get(name);
    if (head && plannable(head, need)) planned.set(name, plan(head, need));
  }
  const read = new Map<string, SheetRead>();
  const unknown = names.filter((n) => !planned.has(n));
  let synced = false;
  if (unknown.length > 0) {
    // Their size unknown, their header not yet found: the formats of as many columns right of them as a first run may write.
    const right = (name: string) =>
      need.detail && !need.detail.wholeSheets.some((w) => sameSheet(w, name)) && !valuesOnly(name, need) ? need.detail.mostColumnsRight : 0;
    const reads = unknown.map((name) => queueWhole(context, name, need.dressed(name), right(name), need.detail));
    const record = queueBatch(context, nextBatch(planned.values(), READ_BUDGET - UNKNOWN_RESERVE * unknown.length));
    try {
      await context.sync();
      record();
      reads.forEach((r, i) => read.set(unknown[i], r()));
    } catch (e) {
      if (!tooLarge(e)) throw e;
      // Nothing of the refused request was loaded: the listing and outlines are queued again with the heads.
      sheets = context.workbook.worksheets.load('items/name');
      outlines = queueOutlines();
      charts = queueCharts();
      const late = unknown.map((name) => queueHead(context, name, headRowsOf(name, need, SAMPLE_ROWS), need.dressed(name)));
      await context.sync();
      late.forEach((head, i) => planned.set(unknown[i], plan({ ...head(), name: unknown[i] }, need)));
    }
    synced = true;
  }
  for (let batch = nextBatch(planned.values(), READ_BUDGET); batch.length > 0; batch = nextBatch(planned.values(), READ_BUDGET)) {
    await readBatch(context, batch); // one sync per 4.8 MB block
    synced = true;
  }
  if (!synced) await context.sync();
  planned.forEach((p, name) => read.set(name, assemble(p, need)));
  const results = names.map((name) => read.get(name)!);
  const chartNames = [
    ...charts.map(({ name, charts: read }): [string, string[]] => [name, read.items.map((c) => c.name)]),
    ...names.flatMap((name, i): [string, string[]][] => {
      const dressing = results[i].dressing;
      return dressing ? [[name, dressing.chartNames]] : [];
    }),
  ];
  const rowGroups = outlines?.map((outline) => outline());
  const listing: Listing = {
    names: sheets.items.map((s) => s.name),
    charts: new Map(chartNames),
    ...(rowGroups && { rowGroups: new Map(names.map((name, i) => [name, rowGroups[i]])) }),
  };
  const grids = results.map(({ grid, dressing }, i) => {
    const read = rowGroups ? { ...grid, rowGroups: rowGroups[i] } : grid;
    return dressing
      ? { ...read, columnWidths: dressing.columnWidths, ...(dressing.charts.length > 0 && { charts: dressing.charts }) }
      : read;
  });
  return { grids, listing };
}

/**
 * Reads the used ranges of the named sheets — values (calculated first when `need` says
 * so); formulas and number formats where `need.detail` asks (all of them without one); bold,
 * widths and chart of the sheets `need` dresses — with the heads of the listing just before
 * to plan row blocks of under 5 MB, so that no response is refused. When the workbook moved
 * in between (a used range or a header row changed), it reads once more from scratch.
 */
export async function readGrids(context: Excel.RequestContext, names: readonly string[], heads: ReadonlyMap<string, Head>, need: ReadNeed) {
  try {
    return await readOnce(context, names, heads, need);
  } catch (e) {
    if (!(e instanceof Moved)) throw e;
  }
  try {
    return await readOnce(context, names, new Map(), { ...need, calculate: false }); // calculated the first time
  } catch (e) {
    throw e instanceof Moved ? new Error('readSheets: the workbook changed while it was being read; try again') : e;
  }
}
