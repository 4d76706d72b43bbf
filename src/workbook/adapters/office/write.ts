import { boldAt, missingSheet, noSheetNamed } from '../../write/applyChanges';
import { officeFormula, officeValue, toPoints } from './cells';
import { addChart, chartCommands, isOwnChart } from './chart';
import { cellProperties, oldOutline, queueOutline, queueWidth } from './look';
import { hasSheet, type Listing } from './listing';
import { jsonBytes, packRows } from './payloadBlocks';
import type { BlockWrite, ChartChange, SheetChart, SheetContent, WorkbookChanges } from '../../port';
import { consecutiveRuns } from '../../../sheet';

/** Bytes of cells one request may carry (Excel on the web refuses a request over 5 MB). */
const WRITE_BUDGET = 4_800_000;
/** What a command other than a block of cells adds to a request, about. */
const COMMAND_BYTES = 200;

/** Something to queue: rows of a block (split between requests by size), or one command. */
interface Step {
  rows: number[];
  queue(context: Excel.RequestContext, start: number, count: number): void;
}

const command = (queue: (context: Excel.RequestContext) => void, commands = 1): Step => ({ rows: [commands * COMMAND_BYTES], queue });

const sheetOf = (context: Excel.RequestContext, name: string) => context.workbook.worksheets.getItem(name);

// The cell shown after the changes (`WorkbookChanges.toon`): its sheet activated, the cell selected.
const toonStap = ({ blad, cel }: { blad: string; cel: string }): Step =>
  command((context) => {
    const sheet = sheetOf(context, blad);
    sheet.activate();
    sheet.getRange(cel).select();
  }, 2);

/** What setting the font of one run of cells adds to a request, about. */
const BOLD_RUN_BYTES = 80;

// Per row, the runs of consecutive cells that get the same bold (null: the font stays).
function boldRuns(bold: (boolean | null)[][] | undefined, width: number): { columns: number[]; bold: boolean }[][] {
  return (bold ?? []).map((_, r) => {
    const columns = (b: boolean) => Array.from({ length: width }, (_, c) => c).filter((c) => boldAt(bold, r, c) === b);
    return [true, false].flatMap((b) => consecutiveRuns(columns(b)).map((run) => ({ columns: run, bold: b })));
  });
}

/** Writes a rectangle from (top, left): values, or formulas where it has any, number formats and bold. */
function block(w: BlockWrite): Step[] {
  const { sheet, top, left, values, formulas, numberFormats } = w;
  const width = values[0]?.length ?? 0;
  if (width === 0) return [];
  const withFormulas = formulas?.some((row) => row.some((f) => f !== null)) ?? false;
  const entry = (r: number, c: number) =>
    withFormulas ? officeFormula(formulas?.[r]?.[c] ?? null, values[r][c]) : officeValue(values[r][c]);
  const cells = values.map((row, r) => Array.from({ length: width }, (_, c) => (row[c] === undefined ? null : entry(r, c))));
  const withFormats = numberFormats?.some((row) => row.some((f) => f !== null)) ?? false;
  const formats = withFormats ? values.map((_, r) => Array.from({ length: width }, (_, c) => numberFormats?.[r]?.[c] ?? null)) : undefined;
  const bold = boldRuns(w.bold, width);
  const styles = w.styles && cellProperties(values.map((_, r) => Array.from({ length: width }, (_, c) => w.styles?.[r]?.[c] ?? null)));
  const rows = cells.map(
    (row, r) =>
      jsonBytes(row) +
      (formats ? jsonBytes(formats[r]) : 0) +
      (bold[r]?.length ?? 0) * BOLD_RUN_BYTES +
      (styles ? jsonBytes(styles[r]) : 0) +
      2,
  );
  return [
    {
      rows,
      queue: (context, start, count) => {
        const ws = sheetOf(context, sheet);
        const range = ws.getRangeByIndexes(top - 1 + start, left - 1, count, width);
        // The whole format first (copyFrom copies the number format too), then the block's own.
        if (w.formatFrom) range.copyFrom(ws.getRangeByIndexes(w.formatFrom.row - 1, w.formatFrom.column - 1, 1, 1), 'Formats');
        if (styles) range.setCellProperties(styles.slice(start, start + count));
        if (withFormulas) range.formulas = cells.slice(start, start + count);
        else range.values = cells.slice(start, start + count);
        if (formats) range.numberFormat = formats.slice(start, start + count);
        for (let r = start; r < start + count; r++)
          for (const run of bold[r] ?? [])
            ws.getRangeByIndexes(top - 1 + r, left - 1 + run.columns[0], 1, run.columns.length).format.font.bold = run.bold;
      },
    },
  ];
}

// Before anything is written: every sheet and chart the plan takes to exist is loaded, so
// that a workbook changed since it was listed fails the request before its first write.
function checks(changes: WorkbookChanges, listing: Listing): Step {
  const sheets = [...changes.sheets.map((s) => s.name), ...changes.writes.map((w) => w.sheet), ...changes.deleteSheets].filter((s) =>
    hasSheet(listing, s),
  );
  const charts = [
    ...changes.sheets.flatMap((s) => (listing.charts.get(s.name) ?? []).map((chart) => [s.name, chart])),
    ...(changes.charts ?? []).flatMap((c) => ownCharts(listing, c.sheet).map((chart) => [c.sheet, chart])),
  ];
  return command((context) => {
    sheets.forEach((name) => sheetOf(context, name).load('name'));
    charts.forEach(([name, chart]) => sheetOf(context, name).charts.getItem(chart).load('name'));
  }, sheets.length + charts.length);
}

// A sheet to fill from A1: added at the end, or an existing one emptied (cells, formats,
// widths, charts, the adapter's outline) in place, so that formulas elsewhere that refer to it keep working.
function prepare(content: SheetContent, listing: Listing): Step {
  const charts = listing.charts.get(content.name) ?? [];
  const [old, groups] = [oldOutline(listing, content.name), content.rowGroups ?? []];
  return command(
    (context) => {
      const outline = (sheet: Excel.Worksheet) =>
        (old.length > 0 || groups.length > 0) && queueOutline(sheet, { sheet: content.name, groups }, old);
      const hide = (sheet: Excel.Worksheet) => content.hidden && (sheet.visibility = 'Hidden');
      if (!hasSheet(listing, content.name)) {
        const added = context.workbook.worksheets.add(content.name);
        hide(added);
        return void outline(added);
      }
      const sheet = sheetOf(context, content.name);
      sheet.getRange().clear();
      sheet.getRange().format.useStandardWidth = true;
      charts.forEach((chart) => sheet.charts.getItem(chart).delete());
      hide(sheet);
      outline(sheet);
    },
    3 + charts.length + 3 * (old.length + groups.length),
  );
}

// Queues the add-in's charts of a sheet, numbered from 1 in their order.
const addCharts = (context: Excel.RequestContext, sheet: string, charts: readonly SheetChart[]) =>
  charts.forEach((chart, i) => addChart(sheetOf(context, sheet), chart, i + 1));

const commandsOf = (charts: readonly SheetChart[]) => charts.reduce((n, c) => n + chartCommands(c), 0);

// Column widths (characters → points) and the charts of a sheet made from A1.
function dressing(content: SheetContent): Step[] {
  const widths = (content.columnWidths ?? []).flatMap((w, c) => (w === null ? [] : [{ c, points: toPoints(w) }]));
  const steps = [
    command((context) => {
      const sheet = sheetOf(context, content.name);
      widths.forEach(({ c, points }) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = points));
    }, widths.length),
  ];
  const charts = content.charts ?? [];
  return charts.length > 0 ? [...steps, command((context) => addCharts(context, content.name, charts), commandsOf(charts))] : steps;
}

const ownCharts = (listing: Listing, sheet: string) => (listing.charts.get(sheet) ?? []).filter(isOwnChart);

// The add-in's own charts replaced: the charts the listing names as its own deleted, the new ones added; the analyst's stay.
function chartStep({ sheet, charts }: ChartChange, listing: Listing): Step {
  const own = ownCharts(listing, sheet);
  return command(
    (context) => {
      const ws = sheetOf(context, sheet);
      own.forEach((name) => ws.charts.getItem(name).delete());
      addCharts(context, sheet, charts);
    },
    own.length + commandsOf(charts),
  );
}

/** The request failed because the workbook is not as listed (a sheet or chart gone, or taken). */
export class StaleListing extends Error {
  constructor(readonly reason: unknown) {
    super('the workbook changed since it was listed');
  }
}

const STALE = new Set(['ItemNotFound', 'ItemAlreadyExists']);

/**
 * Queues `changes` in the port's order — checks, sheets replaced, blocks written, charts,
 * sheets deleted — and syncs once per 4.8 MB of cells (one sync when it all fits), each request
 * with calculation suspended. Nothing is written when the first request fails its checks.
 */
export async function writeChanges(context: Excel.RequestContext, changes: WorkbookChanges, listing: Listing): Promise<void> {
  const missing = missingSheet(changes, (s) => hasSheet(listing, s));
  if (missing !== undefined) throw new StaleListing(noSheetNamed(missing));
  const steps = [
    checks(changes, listing),
    ...changes.sheets.map((s) => prepare(s, listing)),
    ...changes.sheets.flatMap((s) => [...block({ ...s, sheet: s.name, top: 1, left: 1 }), ...dressing(s)]),
    ...changes.writes.flatMap(block),
    ...(changes.columnWidths ?? []).map((w) => command((context) => queueWidth(sheetOf(context, w.sheet), w))),
    ...(changes.rowGroups ?? []).map((g) => {
      const old = oldOutline(listing, g.sheet);
      return command((context) => queueOutline(sheetOf(context, g.sheet), g, old), 1 + 3 * (old.length + g.groups.length));
    }),
    ...(changes.charts ?? []).map((c) => chartStep(c, listing)),
    ...changes.deleteSheets.map((name) => command((context) => sheetOf(context, name).delete())),
    ...(changes.toon ? [toonStap(changes.toon)] : []),
  ];
  const batches = packRows(steps, (s) => s.rows, WRITE_BUDGET);
  for (const [i, batch] of batches.entries()) {
    context.application.suspendApiCalculationUntilNextSync();
    batch.forEach(({ item, start, count }) => item.queue(context, start, count));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4.8 MB block, not per item
      await context.sync();
    } catch (e) {
      throw i === 0 && STALE.has((e as { code?: string }).code ?? '') ? new StaleListing(e) : e;
    }
  }
}
