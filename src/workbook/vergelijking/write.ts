import { workbookTekst } from '../messages';
import type { SheetGrid } from '../port';
import { planEigenBlad, type EigenBladPlan } from '../write/eigenBlad';
import type { VergelijkingLayout } from './types';

/** How the line naming the add-in's cells on the NPLV Vergelijking sheet ends. */
export const VERGELIJKING_STAART = 'wat u elders op dit blad zet, blijft bij Vergelijk staan.';

/** The changes that write the NPLV Vergelijking, those that undo them (when asked for), and the analyst's cells in the way. */
export type VergelijkingPlan = EigenBladPlan;

/**
 * The NPLV Vergelijking sheet written as the Totaalbeeld is (issue 12; `planEigenBlad`): its own
 * cells only, with an exact undo; an analyst's cell in the way is an error naming it.
 */
export function planVergelijking(vorig: SheetGrid | undefined, naam: string, layout: VergelijkingLayout, metUndo = true): VergelijkingPlan {
  return planEigenBlad(vorig, naam, layout, { staart: VERGELIJKING_STAART, doorUGevuld: workbookTekst.doorUGevuldVergelijking }, metUndo);
}
