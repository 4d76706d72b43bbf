import { chartName, isOwnChart } from './chart';
import type { RowGroup, SheetChart, WorkbookChanges } from '../../port';
import { OUTLINE_PROPERTY, parseOutline } from './look';

/**
 * What the Office adapter last saw of the workbook: the sheet names in tab order and, for the
 * sheets whose charts it read or made, their chart names. `apply` plans with it (create or
 * replace a sheet, delete its charts) and checks it in the same request before writing.
 */
export interface Listing {
  names: string[];
  charts: Map<string, string[]>;
  /** For the sheets whose outline it read or made: the row outline the adapter made there (look.ts). */
  rowGroups?: Map<string, RowGroup[]>;
}

/** Excel compares sheet names case-insensitively. */
export const sameSheet = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export const hasSheet = (listing: Listing, name: string) => listing.names.some((n) => sameSheet(n, name));

/** The sheets whose charts `apply` deletes or replaces: those it replaces, and those whose own chart it changes. */
export const chartSheets = (changes: WorkbookChanges) => [
  ...changes.sheets.map((s) => s.name),
  ...(changes.charts ?? []).map((c) => c.sheet),
];

/**
 * Whether the listing knows all `apply` needs: the charts of every sheet it replaces or changes
 * the chart of (`replaced`), and the outline of the sheets of `outlined`.
 */
export const coversChanges = (listing: Listing, replaced: readonly string[], outlined: readonly string[]) =>
  replaced.every((s) => !hasSheet(listing, s) || listing.charts.has(s)) &&
  outlined.every((s) => !hasSheet(listing, s) || listing.rowGroups?.has(s));

/** Lists the sheets, the charts of those of `replaced` and the outline of those of `outlined` that exist (one sync, two when there are any). */
export async function listSheets(
  context: Excel.RequestContext,
  replaced: readonly string[],
  outlined: readonly string[] = [],
): Promise<Listing> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  const exist = (list: readonly string[]) => [...new Set(list)].filter((r) => names.some((n) => sameSheet(n, r)));
  const [existing, withOutline] = [exist(replaced), exist(outlined)];
  const charts = existing.map((name) => context.workbook.worksheets.getItem(name).charts.load('items/name'));
  const outlines = withOutline.map((name) => queueOutlineRead(context.workbook.worksheets.getItem(name)));
  if (existing.length + withOutline.length > 0) await context.sync();
  return {
    names,
    charts: new Map(existing.map((name, i) => [name, charts[i].items.map((c) => c.name)])),
    rowGroups: new Map(withOutline.map((name, i) => [name, outlines[i]()])),
  };
}

/** Queues reading the outline the adapter made on a sheet; the groups after the sync. */
export function queueOutlineRead(sheet: Excel.Worksheet): () => RowGroup[] {
  const property = sheet.customProperties.getItemOrNullObject(OUTLINE_PROPERTY).load('value');
  return () => (property.isNullObject ? [] : parseOutline(property.value));
}

/** The listing after `changes` succeeded. */
export function afterChanges(listing: Listing, changes: WorkbookChanges): Listing {
  const added = changes.sheets.map((s) => s.name).filter((n) => !hasSheet(listing, n));
  const sheets = [...listing.names, ...added].filter((n) => !changes.deleteSheets.some((d) => sameSheet(d, n)));
  const charts = new Map(listing.charts);
  const names = (own: readonly SheetChart[] = []) => own.map((chart, i) => chartName(chart, i + 1));
  for (const s of changes.sheets) charts.set(s.name, names(s.charts));
  for (const c of changes.charts ?? [])
    charts.set(c.sheet, [...(charts.get(c.sheet) ?? []).filter((n) => !isOwnChart(n)), ...names(c.charts)]);
  changes.deleteSheets.forEach((d) => charts.delete(d));
  const rowGroups = new Map(listing.rowGroups);
  for (const s of changes.sheets) rowGroups.set(s.name, s.rowGroups ?? []);
  for (const g of changes.rowGroups ?? []) rowGroups.set(g.sheet, g.groups);
  changes.deleteSheets.forEach((d) => rowGroups.delete(d));
  return { names: sheets, charts, rowGroups };
}
