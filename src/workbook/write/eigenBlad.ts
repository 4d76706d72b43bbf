import type { Melding } from '../../engine';
import type { SheetGrid, WorkbookChanges } from '../port';
import { totaalbeeldSheet } from '../totaalbeeld/content';
import type { TotaalbeeldLayout } from '../totaalbeeld/types';
import { totaalbeeldOver } from '../totaalbeeld/write';

/** The changes that write a sheet of the add-in, those that undo them (when asked for), and the analyst's cells in the way. */
export interface EigenBladPlan {
  changes: WorkbookChanges;
  undo?: WorkbookChanges;
  fouten: Melding[];
}

/** How a sheet of the add-in other than the Totaalbeeld says whose its cells are, and what is in the way. */
export interface EigenBladTekst {
  /** How the line naming the add-in's cells ends. */
  staart: string;
  /** The error of a cell of the new layout the analyst filled. */
  doorUGevuld: (inhoud: string) => string;
}

/**
 * A sheet of the add-in (NPLV Vergelijking, NPLV Gevoeligheid) written as the Totaalbeeld is
 * (issue 12): a new sheet `naam` the first time (undo deletes it); after that only the cells of
 * the add-in — those its previous run wrote and those of the new layout — its charts and its row
 * outline, with an exact undo. A cell of the new layout the analyst filled is an error naming
 * it: then nothing may be written. Nothing else of the workbook is touched.
 */
export function planEigenBlad(
  vorig: SheetGrid | undefined,
  naam: string,
  layout: TotaalbeeldLayout<unknown>,
  tekst: EigenBladTekst,
  metUndo = true,
): EigenBladPlan {
  const { ownedCells, ...blad } = totaalbeeldSheet(layout, naam, tekst.staart);
  if (!vorig)
    return {
      changes: { sheets: [blad], writes: [], deleteSheets: [] },
      ...(metUndo && { undo: { sheets: [], writes: [], deleteSheets: [naam] } }),
      fouten: [],
    };
  const over = totaalbeeldOver(vorig, { ...blad, ownedCells }, tekst.doorUGevuld);
  return {
    changes: { sheets: [], writes: over.writes, rowGroups: over.rowGroups, charts: over.charts, deleteSheets: [] },
    ...(metUndo && {
      undo: { sheets: [], writes: over.undo.writes, rowGroups: over.undo.rowGroups, charts: over.undo.charts, deleteSheets: [] },
    }),
    fouten: over.fouten,
  };
}
