import type { Melding, Resultaat } from '../engine';
import type { WorkbookChanges } from '../workbook/port';

/** A run that wrote its result. */
export interface Berekening {
  soort: 'berekend';
  tijd: Date;
  opgaveregels: number;
  dekkingsregels: number;
  resultaat: Resultaat;
  /** Warnings and control messages. */
  meldingen: Melding[];
}

/** A run that found errors and wrote nothing. */
export interface Afgekeurd {
  soort: 'fouten';
  meldingen: Melding[];
}

/** A short notice about the last action (menu actions, undo, a failure of the workbook). */
export interface Bericht {
  soort: 'info' | 'gelukt' | 'fout';
  tekst: string;
}

export interface PaneState {
  bezig: boolean;
  /** The last run, from the pane or the ribbon. */
  laatste?: Berekening | Afgekeurd;
  /** What the last run overwrote, while it can still be undone. */
  undo?: WorkbookChanges;
  /** When the last run was undone. */
  ongedaanOm?: Date;
  bericht?: Bericht;
}

export type PaneActie =
  | { type: 'gestart' }
  | { type: 'berekend'; berekening: Berekening; undo: WorkbookChanges }
  | { type: 'afgekeurd'; meldingen: Melding[] }
  | { type: 'ongedaan'; tijd: Date }
  | { type: 'bericht'; bericht?: Bericht };

export const BEGIN: PaneState = { bezig: false };

/** The pane's state machine; a run only starts when none is going. */
export function paneReducer(state: PaneState, actie: PaneActie): PaneState {
  switch (actie.type) {
    case 'gestart':
      return { ...state, bezig: true, bericht: undefined };
    case 'berekend':
      return { bezig: false, laatste: actie.berekening, undo: actie.undo };
    case 'afgekeurd':
      return { bezig: false, laatste: { soort: 'fouten', meldingen: actie.meldingen } };
    case 'ongedaan':
      return { ...state, bezig: false, undo: undefined, ongedaanOm: actie.tijd, bericht: undefined };
    case 'bericht':
      return { ...state, bezig: false, bericht: actie.bericht };
  }
}

const twee = (n: number) => String(n).padStart(2, '0');

/** `14:32`, local time. */
export const klokTijd = (d: Date) => `${twee(d.getHours())}:${twee(d.getMinutes())}`;

export const aantal = (n: number, enkel: string, meer: string) => `${n} ${n === 1 ? enkel : meer}`;

/** The header's one-line state (PANE.md). */
export function statusregel(state: PaneState): string {
  const { laatste } = state;
  if (!laatste) return 'Nog niet berekend';
  if (laatste.soort === 'fouten') return `${aantal(laatste.meldingen.length, 'fout', 'fouten')} — niets geschreven`;
  if (state.ongedaanOm)
    return `Ongedaan gemaakt om ${klokTijd(state.ongedaanOm)} — de berekening van ${klokTijd(laatste.tijd)} staat niet meer in de werkmap`;
  return `Berekend om ${klokTijd(laatste.tijd)} — ${aantal(laatste.opgaveregels, 'opgaveregel', 'opgaveregels')}, ${aantal(laatste.dekkingsregels, 'dekkingsregel', 'dekkingsregels')}`;
}
