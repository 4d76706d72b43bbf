import type { Dec, Gevoeligheid, Melding, SleutelGevoeligheid, UitlegRegel } from '../../engine';
import type { WorkbookChanges } from '../../workbook';

/** The last Gevoeligheid berekenen (issue 19): what the NPLV Gevoeligheid sheet shows, while it is in the workbook. */
export interface Gevoelig {
  tijd: Date;
  /** The sheet as the workbook spells it. */
  blad: string;
  gevoeligheid: Gevoeligheid;
  /** The Uitleg of a Δ cell of the sheet; undefined for any other cell. */
  uitleg: (blad: string, cel: string) => UitlegRegel[] | undefined;
  /** The row on the sheet of `gevoeligheid.sleutels[index]` (`A8:T8`). */
  rijVan: (index: number) => string | undefined;
}

/** The pane's part of issue 19. */
export interface GevoeligheidState {
  gevoelig?: Gevoelig;
  /** The errors of the last Gevoeligheid berekenen (nothing written then). */
  gevoeligMeldingen?: Melding[];
}

export type GevoeligheidActie =
  { type: 'gevoeligheid'; gevoelig: Gevoelig; undo?: WorkbookChanges } | { type: 'gevoeligheid afgekeurd'; meldingen: Melding[] };

/** What a new run keeps: the sheet stays in the workbook, and so does what the pane says of it. */
export const gevoeligDeel = ({ gevoelig, gevoeligMeldingen }: GevoeligheidState): GevoeligheidState => ({ gevoelig, gevoeligMeldingen });

/** The gevoeligheid's part of the pane's state machine; both end the busy spell. Its undo replaces the last one. */
export function gevoeligheidReducer<S extends GevoeligheidState & { bezig: boolean; undo?: WorkbookChanges; undoVan?: string }>(
  state: S,
  actie: GevoeligheidActie,
): S {
  switch (actie.type) {
    case 'gevoeligheid': {
      const metUndo = actie.undo ? { undo: actie.undo, undoVan: 'gevoeligheid' as const } : {};
      return { ...state, bezig: false, gevoelig: actie.gevoelig, gevoeligMeldingen: undefined, ...metUndo };
    }
    case 'gevoeligheid afgekeurd':
      return { ...state, bezig: false, gevoeligMeldingen: actie.meldingen };
  }
}

/** How many keys the pane shows: those that matter most. */
export const TOP = 5;

/** A key the pane shows: its index in `Gevoeligheid.sleutels` (its row on the sheet), and Δ total (saldering) at −d and +d. */
export interface TopSleutel {
  index: number;
  sleutel: SleutelGevoeligheid;
  omlaag?: Dec;
  omhoog?: Dec;
}

/** The first `n` keys varied in the engine's order (largest |Δ| of the total first), with their Δ at the largest step d down and up. */
export function topSleutels(g: Gevoeligheid, n = TOP): { d: number; sleutels: TopSleutel[] } {
  const d = Math.max(0, ...g.stappen.map(Math.abs));
  const delta = (s: SleutelGevoeligheid, stap: number) => s.varianten.find((v) => v.stap === stap)?.delta.totaalSaldering;
  const sleutels = g.sleutels
    .map((sleutel, index) => ({ sleutel, index }))
    .filter(({ sleutel }) => sleutel.status === 'gevarieerd')
    .slice(0, n)
    .map(({ sleutel, index }) => ({ index, sleutel, omlaag: delta(sleutel, -d), omhoog: delta(sleutel, d) }));
  return { d, sleutels };
}
