import type { Melding, Vergelijking, VerschilUitleg } from '../../engine';
import type { VersieInfo, WorkbookChanges } from '../../workbook';

/** The workbook now compared with a recorded version: what the NPLV Vergelijking sheet shows. */
export interface Vergeleken {
  /** The version's label. */
  versie: string;
  tijd: Date;
  vergelijking: Vergelijking;
  /** The Uitleg of a Δ cell of the NPLV Vergelijking sheet; undefined for a cell without one. */
  uitleg: (blad: string, cel: string) => VerschilUitleg | undefined;
}

/** The pane's part of issue 17: the versions recorded in the workbook and the last comparison. */
export interface VersieState {
  /** The versions in the workbook's NPLV Versies sheet (undefined: not read yet). */
  versies?: VersieInfo[];
  /** Errors of reading, recording, removing or comparing versions; the warnings of the last comparison. */
  versieMeldingen?: Melding[];
  /** The last comparison, while its sheet is in the workbook. */
  vergeleken?: Vergeleken;
  /** What the pane's undo puts back: the comparison's sheet, the gevoeligheid's sheet (issue 19); absent: the last run's. */
  undoVan?: 'vergelijking' | 'gevoeligheid';
}

export type VersieActie =
  | { type: 'versies'; versies: VersieInfo[] }
  | { type: 'versies afgekeurd'; meldingen: Melding[] }
  | { type: 'vergeleken'; vergeleken: Vergeleken; undo?: WorkbookChanges };

/** What a new run keeps of the versions: the list, and the comparison (its sheet stays). */
export const versieDeel = ({ versies, versieMeldingen, vergeleken }: VersieState): VersieState => ({
  versies,
  versieMeldingen,
  vergeleken,
});

/** The versions' part of the pane's state machine. A list read on opening leaves a busy spell as it is; a comparison ends one. */
export function versieReducer<S extends VersieState & { bezig: boolean; undo?: WorkbookChanges }>(state: S, actie: VersieActie): S {
  switch (actie.type) {
    case 'versies':
      return { ...state, versies: actie.versies, versieMeldingen: undefined };
    case 'versies afgekeurd':
      return { ...state, versieMeldingen: actie.meldingen };
    case 'vergeleken': {
      const { vergeleken, undo } = actie;
      const meldingen = vergeleken.vergelijking.meldingen;
      const metUndo = undo ? { undo, undoVan: 'vergelijking' as const } : {};
      return { ...state, bezig: false, vergeleken, versieMeldingen: meldingen.length > 0 ? meldingen : undefined, ...metUndo };
    }
  }
}
