import type { Dec, Melding, Resultaat } from '../../engine';
import type { TotaalbeeldLayout } from '../totaalbeeld/types';
import { eigenKoppen, OPGAVE_UITVOER, STANDAARD_GETALNOTATIE } from '../outputColumns';
import { planColumns, type Rijwaarden } from './planColumns';
import type { CellValue, WorkbookChanges } from '../port';
import type { Lezing, TabelPlaats } from '../read/readInput';
import { TOTAALBEELD } from '../sheetDefs';
import { totaalbeeldSheet } from '../totaalbeeld/content';
import { totaalbeeldOver } from '../totaalbeeld/write';

/** The changes of one run and the changes that undo them exactly (when asked for); with `fouten`, neither may be applied. */
export interface Schrijfplan {
  changes: WorkbookChanges;
  undo?: WorkbookChanges;
  /** Cells of the analyst's that the new Totaalbeeld would overwrite (totaalbeeldWrite.ts). */
  fouten: Melding[];
}

// The values of the owned columns by row number: data rows and control rows, nothing else.
// Data rows that did not count (their scenario was off) get empty cells, and so does a figure
// the engine leaves undefined (null: a control row's yearly figure over several perioden).
// Data rows take their figures from the engine's columns, as a cell holds them, when their
// block is made (no array per row here).
function rowValues<T>(
  plaats: TabelPlaats,
  data: Float64Array[],
  controle: (i: number) => T,
  velden: (t: T) => (Dec | null)[],
  uit: readonly number[],
): Rijwaarden {
  const [skip, index, controles] = [new Set(uit), new Map<number, number>(), new Map<number, CellValue[]>()];
  plaats.dataRijen.forEach((rij, i) => index.set(rij, i));
  plaats.controles.forEach(({ rij, index }) =>
    controles.set(
      rij,
      velden(controle(index)).map((d) => d?.toNumber() ?? null),
    ),
  );
  return {
    rijen: [...index.keys(), ...controles.keys()],
    waarde: (rij, k) => {
      const totalen = controles.get(rij);
      if (totalen) return totalen[k] ?? null;
      const i = index.get(rij);
      return i === undefined || skip.has(i) ? null : (data[k]?.[i] ?? null);
    },
  };
}

/**
 * WORKBOOK.md "What it writes": the owned columns of Opgave and Dekking (data rows their own
 * figures, control rows their block's totals) and the NPLV Totaalbeeld: a new sheet the
 * first time, after that its own cells of the sheet (issue 12, totaalbeeldWrite.ts).
 * Nothing else. `undo` holds what those cells held before (or the new sheet's deletion);
 * with `metUndo` false (a caller that never undoes, the command line) there is none.
 */
export function planWrite(
  lezing: Lezing,
  resultaat: Resultaat,
  layout: TotaalbeeldLayout,
  getalnotatie = STANDAARD_GETALNOTATIE,
  metUndo = true,
): Schrijfplan {
  const { opgave, dekking, totaalbeeld } = lezing.plaatsen;
  if (!opgave || !dekking) throw new Error('planWrite: the Opgave and Dekking sheets were not read');
  const opgaveKolommen = planColumns(
    opgave,
    eigenKoppen('opgave'),
    rowValues(
      opgave,
      OPGAVE_UITVOER.map((k) => resultaat.regels.column(k.veld)),
      (i) => resultaat.controles[i],
      (r) => OPGAVE_UITVOER.map((k) => r[k.veld]),
      resultaat.nietMeegeteld.opgave,
    ),
    getalnotatie,
    metUndo,
  );
  const dekkingKolommen = planColumns(
    dekking,
    eigenKoppen('dekking'),
    rowValues(
      dekking,
      [resultaat.dekkingRegels.column('totaleDekking')],
      (i) => resultaat.controles[i].totaleDekking,
      (d) => [d],
      resultaat.nietMeegeteld.dekking,
    ),
    getalnotatie,
    metUndo,
  );
  const naam = totaalbeeld?.name ?? TOTAALBEELD;
  const { ownedCells, ...blad } = totaalbeeldSheet(layout, naam);
  const writes = [...opgaveKolommen.writes, ...dekkingKolommen.writes];
  const undo = [...opgaveKolommen.undo, ...dekkingKolommen.undo];
  const columnWidths = [...opgaveKolommen.widths, ...dekkingKolommen.widths];
  const undoWidths = [...opgaveKolommen.undoWidths, ...dekkingKolommen.undoWidths];
  if (!totaalbeeld)
    return {
      changes: { sheets: [blad], writes, columnWidths, deleteSheets: [] },
      ...(metUndo && { undo: { sheets: [], writes: undo, columnWidths: undoWidths, deleteSheets: [naam] } }),
      fouten: [],
    };
  const over = totaalbeeldOver(totaalbeeld, { ...blad, ownedCells });
  return {
    changes: {
      sheets: [],
      writes: [...writes, ...over.writes],
      columnWidths,
      rowGroups: over.rowGroups,
      charts: over.charts,
      deleteSheets: [],
    },
    ...(metUndo && {
      undo: {
        sheets: [],
        writes: [...undo, ...over.undo.writes],
        columnWidths: undoWidths,
        rowGroups: over.undo.rowGroups,
        charts: over.undo.charts,
        deleteSheets: [],
      },
    }),
    fouten: over.fouten,
  };
}
