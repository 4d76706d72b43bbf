import type { Dec, Resultaat } from '../engine';
import type { TotaalbeeldLayout } from './layoutTypes';
import { eigenKoppen, OPGAVE_UITVOER, STANDAARD_GETALNOTATIE } from './outputColumns';
import { planColumns } from './planColumns';
import type { CellValue, WorkbookChanges } from './port';
import { previousSheet } from './previousContent';
import type { Lezing, TabelPlaats } from './readInput';
import { TOTAALBEELD } from './sheetDefs';
import { totaalbeeldSheet } from './totaalbeeldSheet';

/** The changes of one run and the changes that undo them exactly. */
export interface Schrijfplan {
  changes: WorkbookChanges;
  undo: WorkbookChanges;
}

// Row number → the values of the owned columns: data rows and control rows, nothing else.
// Data rows that did not count (their scenario was off) get empty cells.
function rowValues<T>(plaats: TabelPlaats, data: (i: number) => T, controle: (i: number) => T, velden: (t: T) => Dec[], uit: readonly number[]) {
  const rows = new Map<number, CellValue[]>();
  const skip = new Set(uit);
  plaats.dataRijen.forEach((rij, i) => rows.set(rij, velden(data(i)).map((d) => (skip.has(i) ? null : d.toNumber()))));
  plaats.controles.forEach(({ rij, index }) => rows.set(rij, velden(controle(index)).map((d) => d.toNumber())));
  return rows;
}

/**
 * WORKBOOK.md "What it writes": the owned columns of Opgave and Dekking (data rows their own
 * figures, control rows their block's totals) and the NPLV Totaalbeeld sheet, rebuilt.
 * Nothing else. `undo` holds what those cells held before, and the old Totaalbeeld sheet
 * (or its deletion when there was none).
 */
export function planWrite(lezing: Lezing, resultaat: Resultaat, layout: TotaalbeeldLayout, getalnotatie = STANDAARD_GETALNOTATIE): Schrijfplan {
  const { opgave, dekking, totaalbeeld } = lezing.plaatsen;
  if (!opgave || !dekking) throw new Error('planWrite: the Opgave and Dekking sheets were not read');
  const opgaveKolommen = planColumns(
    opgave,
    eigenKoppen('opgave'),
    rowValues(opgave, (i) => resultaat.regels[i], (i) => resultaat.controles[i], (r) => OPGAVE_UITVOER.map((k) => r[k.veld]), resultaat.nietMeegeteld.opgave),
    getalnotatie,
  );
  const dekkingKolommen = planColumns(
    dekking,
    eigenKoppen('dekking'),
    rowValues(dekking, (i) => resultaat.totaleDekking[i], (i) => resultaat.controles[i].totaleDekking, (d) => [d], resultaat.nietMeegeteld.dekking),
    getalnotatie,
  );
  const naam = totaalbeeld?.name ?? TOTAALBEELD;
  return {
    changes: {
      sheets: [totaalbeeldSheet(layout, naam)],
      writes: [...opgaveKolommen.writes, ...dekkingKolommen.writes],
      deleteSheets: [],
    },
    undo: {
      sheets: totaalbeeld ? [previousSheet(totaalbeeld)] : [],
      writes: [...opgaveKolommen.undo, ...dekkingKolommen.undo],
      deleteSheets: totaalbeeld ? [] : [naam],
    },
  };
}
