import type { Melding } from '../../engine';
import { workbookTekst } from '../messages';
import type { SheetGrid, WorkbookChanges } from '../port';
import { totaalbeeldSheet } from '../totaalbeeld/content';
import { totaalbeeldOver } from '../totaalbeeld/write';
import type { VergelijkingLayout } from './types';

/** How the line naming the add-in's cells on the NPLV Vergelijking sheet ends. */
export const VERGELIJKING_STAART = 'wat u elders op dit blad zet, blijft bij Vergelijk staan.';

/** The changes that write the NPLV Vergelijking, those that undo them (when asked for), and the analyst's cells in the way. */
export interface VergelijkingPlan {
  changes: WorkbookChanges;
  undo?: WorkbookChanges;
  fouten: Melding[];
}

/**
 * The NPLV Vergelijking sheet written as the Totaalbeeld is (issue 12): a new sheet `naam` the
 * first time (undo deletes it); after that only the cells of the add-in — those its previous
 * comparison wrote and those of the new layout — and its row outline, with an exact undo. A
 * cell of the new layout the analyst filled is an error naming it: then nothing may be written.
 * Nothing else of the workbook is touched.
 */
export function planVergelijking(vorig: SheetGrid | undefined, naam: string, layout: VergelijkingLayout, metUndo = true): VergelijkingPlan {
  const { ownedCells, ...blad } = totaalbeeldSheet(layout, naam, VERGELIJKING_STAART);
  if (!vorig)
    return {
      changes: { sheets: [blad], writes: [], deleteSheets: [] },
      ...(metUndo && { undo: { sheets: [], writes: [], deleteSheets: [naam] } }),
      fouten: [],
    };
  const over = totaalbeeldOver(vorig, { ...blad, ownedCells }, workbookTekst.doorUGevuldVergelijking);
  return {
    changes: { sheets: [], writes: over.writes, rowGroups: over.rowGroups, charts: over.charts, deleteSheets: [] },
    ...(metUndo && {
      undo: { sheets: [], writes: over.undo.writes, rowGroups: over.undo.rowGroups, charts: over.undo.charts, deleteSheets: [] },
    }),
    fouten: over.fouten,
  };
}
