import type { Melding } from '../../engine';
import { workbookTekst } from '../messages';
import type { BlockWrite, ChartChange, RowGroupsChange, SheetContent, SheetGrid } from '../port';
import { previousBlock } from '../write/previousContent';
import { inOwnedCells, previousOwnedCells } from './ownedCells';
import { a1, type RefBox, bottomRow, cellAt, isBlank, isError, rightColumn } from '../../sheet';

/** What a run writes over an existing Totaalbeeld sheet, what undoes it, and why it may not. */
export interface TotaalbeeldOver {
  writes: BlockWrite[];
  charts: ChartChange[];
  /** The sheet's row outline, when the new layout gives one (`SheetContent.rowGroups`); else none. */
  rowGroups: RowGroupsChange[];
  undo: { writes: BlockWrite[]; charts: ChartChange[]; rowGroups: RowGroupsChange[] };
  /** The analyst's cells the new layout would overwrite: then nothing is written. */
  fouten: Melding[];
}

const cellen = (b: RefBox) =>
  Array.from({ length: (b.bottom - b.top + 1) * (b.right - b.left + 1) }, (_, i) => {
    const width = b.right - b.left + 1;
    return { row: b.top + Math.floor(i / width), column: b.left + (i % width) };
  });

// A cell's content as a message quotes it: its formula, else its value as Excel shows it (comma decimals); undefined for an empty cell (or only spaces).
function inhoud({ value, formula }: ReturnType<typeof cellAt>): string | undefined {
  if (formula !== null) return `=${formula}`;
  if (isBlank(value)) return undefined;
  if (isError(value)) return value.error;
  return typeof value === 'number' ? String(value).replace('.', ',') : String(value);
}

// The cells of `oud` (within the sheet's used range) outside `nieuw`, as rectangles: per row its runs of columns, rows with the same run joined.
function zonder(oud: readonly RefBox[], nieuw: readonly RefBox[], grid: SheetGrid): RefBox[] {
  const [bottom, right] = [bottomRow(grid), rightColumn(grid)];
  const uit: RefBox[] = [];
  const open = new Map<string, RefBox>();
  for (let row = 1; row <= bottom; row++) {
    const columns = Array.from({ length: right }, (_, i) => i + 1).filter((c) => inOwnedCells(oud, row, c) && !inOwnedCells(nieuw, row, c));
    const runs: RefBox[] = [];
    for (const c of columns) {
      const last = runs[runs.length - 1];
      if (last && last.right === c - 1) last.right = c;
      else runs.push({ top: row, left: c, bottom: row, right: c });
    }
    for (const run of runs) {
      const key = `${run.left}:${run.right}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) above.bottom = row;
      else open.set(key, (uit.push(run), run));
    }
  }
  return uit;
}

/**
 * The new Totaalbeeld over the sheet as it is (issue 12): the add-in owns the cells its
 * previous run wrote (`previousOwnedCells`), not the sheet. It writes its new cells (value, number
 * format, bold), empties those of its previous cells the new layout does not cover, and
 * replaces its own charts and, when the layout gives one, the row outline; every other cell,
 * chart, drawing and comment stays, and so do the column widths (set when the sheet is made;
 * after that the analyst's). A cell the new layout
 * covers that the analyst filled (outside the previous run's cells) is an error naming it
 * (`doorUGevuld` says it; the NPLV Vergelijking sheet is written the same way).
 */
export function totaalbeeldOver(
  vorig: SheetGrid,
  blad: SheetContent & { ownedCells: RefBox[] },
  doorUGevuld = workbookTekst.doorUGevuld,
): TotaalbeeldOver {
  const sheet = vorig.name;
  const oud = previousOwnedCells(vorig);
  const fouten = blad.ownedCells.flatMap(cellen).flatMap(({ row, column }): Melding[] => {
    const gevuld = inOwnedCells(oud, row, column) ? undefined : inhoud(cellAt(vorig, row, column));
    return gevuld === undefined ? [] : [{ ernst: 'fout', blad: sheet, cel: a1(row, column), bericht: doorUGevuld(gevuld) }];
  });
  const slice = <T>(table: T[][] | undefined, b: RefBox, empty: T) =>
    Array.from({ length: b.bottom - b.top + 1 }, (_, r) =>
      Array.from({ length: b.right - b.left + 1 }, (_, c) => table?.[b.top - 1 + r]?.[b.left - 1 + c] ?? empty),
    );
  const nieuw = blad.ownedCells.map((b): BlockWrite => ({
    sheet,
    top: b.top,
    left: b.left,
    values: slice(blad.values, b, null),
    numberFormats: slice<string | null>(blad.numberFormats, b, null).map((row) => row.map((f) => f ?? 'General')),
    bold: slice(blad.bold, b, false),
  }));
  const leeg = zonder(oud, blad.ownedCells, vorig).map((b): BlockWrite => {
    const fill = <T>(v: T) => Array.from({ length: b.bottom - b.top + 1 }, () => Array<T>(b.right - b.left + 1).fill(v));
    return { sheet, top: b.top, left: b.left, values: fill(null), numberFormats: fill('General'), bold: fill(false) };
  });
  const writes = [...nieuw, ...leeg];
  // The outline is the layout's when it gives one (an empty list clears it); else it stays as it is.
  const outlined = blad.rowGroups !== undefined;
  return {
    writes,
    charts: [{ sheet, charts: blad.charts ?? [] }],
    rowGroups: outlined ? [{ sheet, groups: blad.rowGroups! }] : [],
    undo: {
      writes: writes.map((w) => previousBlock(vorig, w)),
      charts: [{ sheet, charts: vorig.charts ?? [] }],
      rowGroups: outlined ? [{ sheet, groups: vorig.rowGroups ?? [] }] : [],
    },
    fouten,
  };
}
