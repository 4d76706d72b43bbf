import type { Melding, Resultaat, ScenarioInGebruik, Uitleg } from '../../engine';
import { heeftScenario } from './scenarioNaam';
import { stappen, type Schaal, type Weergave, type WorkbookChanges } from '../../workbook';
import { versieDeel, versieReducer, type VersieActie, type VersieState } from './versieState';
import { gevoeligDeel, gevoeligheidReducer, type GevoeligheidActie, type GevoeligheidState } from './gevoeligheidState';
import { zelftestDeel, zelftestReducer, type ZelftestActie, type ZelftestState } from './zelftestState';

/** Figures the pane shows: a result, the base beside it when scenarios were on, and its messages. */
export interface Cijferset {
  resultaat: Resultaat;
  /** The base (no scenario on), when any scenario was on. */
  basis?: Resultaat;
  /** Warnings and control messages. */
  meldingen: Melding[];
  /** The unit the workbook states its amounts in. */
  eenheid: Schaal;
  /** How the Totaalbeeld showed its amounts in this computation (unit and decimals). */
  weergave: Weergave;
}

/** A run that wrote its result. */
export interface Berekening extends Cijferset {
  soort: 'berekend';
  tijd: Date;
  /** The rows that counted. */
  opgaveregels: number;
  dekkingsregels: number;
  /** The rows that did not count: their scenario was off. */
  nietMeegeteld: number;
  /** How the figure a cell shows was made (after this run); undefined for a cell without one. */
  uitleg?: (blad: string, cel: string) => Uitleg | undefined;
}

/** Figures for the scenarios as switched in the pane, computed without writing (not in the workbook). */
export interface Doorrekening extends Cijferset {
  scenarios: string[];
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

export interface PaneState extends VersieState, GevoeligheidState, ZelftestState {
  bezig: boolean;
  /** What the pane is busy with (`herberekenen`), for the state line: `Bezig met herberekenen…`. */
  bezigMet?: string;
  /** The last run, from the pane or the ribbon. */
  laatste?: Berekening | Afgekeurd;
  /** What the last run overwrote, while it can still be undone. */
  undo?: WorkbookChanges;
  /** When the last run was undone. */
  ongedaanOm?: Date;
  bericht?: Bericht;
  /** The scenarios switched on in the pane: the next Herbereken (pane or ribbon) counts them. */
  scenarios?: string[];
  /** The figures for `scenarios` when they differ from the last run's, not written. */
  doorgerekend?: Doorrekening;
  /** Computing `doorgerekend`. */
  rekent?: boolean;
  /** The workbook's scenarios as a read without figures found them (before a run); a run's result supersedes it. */
  verkend?: ScenarioInGebruik[];
  /** The workbook's unit and the display in force as that read found them (the setting its Totaalbeeld remembers). */
  verkendWeergave?: { eenheid: Schaal; weergave: Weergave };
  /** The display chosen in the pane (issue 16): the pane's figures follow it, and the next Herbereken writes it. */
  weergave?: Weergave;
}

export type PaneActie =
  | { type: 'gestart'; wat?: string }
  | { type: 'berekend'; berekening: Berekening; undo: WorkbookChanges }
  | { type: 'afgekeurd'; meldingen: Melding[] }
  | { type: 'ongedaan'; tijd: Date }
  | { type: 'bericht'; bericht?: Bericht }
  | { type: 'scenarios'; scenarios: string[] }
  | { type: 'doorgerekend'; doorrekening: Doorrekening }
  | { type: 'niet doorgerekend'; scenarios: string[]; bericht: Bericht }
  | { type: 'verkend'; scenarios: ScenarioInGebruik[]; weergave?: { eenheid: Schaal; weergave: Weergave } }
  | { type: 'weergave'; weergave: Weergave }
  | VersieActie
  | GevoeligheidActie
  | ZelftestActie;

export const BEGIN: PaneState = { bezig: false };

/** The pane's state machine; a run only starts when none is going. */
export function paneReducer(state: PaneState, actie: PaneActie): PaneState {
  switch (actie.type) {
    case 'gestart':
      return { ...state, bezig: true, bezigMet: actie.wat, bericht: undefined };
    case 'berekend':
      return {
        ...versieDeel(state),
        ...gevoeligDeel(state),
        ...zelftestDeel(state),
        bezig: false,
        laatste: actie.berekening,
        undo: actie.undo,
        scenarios: state.scenarios,
        weergave: state.weergave,
      };
    case 'afgekeurd':
      return {
        ...versieDeel(state),
        ...gevoeligDeel(state),
        ...zelftestDeel(state),
        bezig: false,
        laatste: { soort: 'fouten', meldingen: actie.meldingen },
        scenarios: state.scenarios,
        weergave: state.weergave,
      };
    case 'ongedaan':
      // The comparison's or the gevoeligheid's sheet removed: the run before it is still in the workbook.
      if (state.undoVan) {
        const weg = state.undoVan === 'vergelijking' ? { vergeleken: undefined } : { gevoelig: undefined };
        return { ...state, bezig: false, undo: undefined, undoVan: undefined, bericht: undefined, ...weg };
      }
      return { ...state, bezig: false, undo: undefined, ongedaanOm: actie.tijd, bericht: undefined };
    case 'bericht':
      return { ...state, bezig: false, bericht: actie.bericht };
    case 'scenarios':
      return {
        ...state,
        scenarios: actie.scenarios,
        doorgerekend: undefined,
        rekent: !zelfde(actie.scenarios, geschrevenScenarios(state)),
      };
    case 'doorgerekend':
      return gevraagd(state, actie.doorrekening.scenarios) ? { ...state, doorgerekend: actie.doorrekening, rekent: false } : state;
    case 'niet doorgerekend':
      return gevraagd(state, actie.scenarios) ? { ...state, rekent: false, bericht: actie.bericht } : state;
    case 'verkend':
      return { ...state, verkend: actie.scenarios, verkendWeergave: actie.weergave };
    case 'weergave':
      return { ...state, weergave: actie.weergave };
    case 'gevoeligheid':
    case 'gevoeligheid afgekeurd':
      return gevoeligheidReducer(state, actie);
    case 'zelftest':
    case 'zelftest mislukt':
    case 'zelftest sluiten':
      return zelftestReducer(state, actie);
    default:
      return versieReducer(state, actie);
  }
}

/**
 * The display the pane shows and offers: the one chosen in the pane, else the one of the
 * figures on view, else the one the read on opening found; with the workbook's unit. A choice
 * whose unit a number format cannot show for this workbook (smaller than its unit) gives way.
 */
export function getoondeWeergave(state: PaneState): { eenheid: Schaal; weergave: Weergave } | undefined {
  const cijfers = getoond(state);
  const basis = cijfers ? { eenheid: cijfers.eenheid, weergave: cijfers.weergave } : state.verkendWeergave;
  if (!basis) return undefined;
  const gekozen = state.weergave && stappen(basis.eenheid, state.weergave.eenheid) >= 0 ? state.weergave : undefined;
  return { eenheid: basis.eenheid, weergave: gekozen ?? basis.weergave };
}

/** The same scenarios, in any order and however spelled. */
const zelfde = (a: readonly string[], b: readonly string[]) =>
  a.every((naam) => heeftScenario(b, naam)) && b.every((naam) => heeftScenario(a, naam));

/**
 * Whether a computation without writing is still wanted: for the scenarios as switched, and
 * not written since by a run (Herbereken while it computed; the workbook has those figures).
 */
const gevraagd = (state: PaneState, scenarios: readonly string[]) =>
  zelfde(scenarios, state.scenarios ?? []) && !zelfde(scenarios, geschrevenScenarios(state));

/** The scenarios that were on in the last run that wrote (none before a run). */
export function geschrevenScenarios(state: PaneState): string[] {
  const { laatste } = state;
  return laatste?.soort === 'berekend' ? aanIn(laatste.resultaat) : [];
}

export const aanIn = (resultaat: Resultaat) => resultaat.scenarios.filter((s) => s.aan).map((s) => s.naam);

/** The figures to show: those for the scenarios as switched (`doorgerekend`: not written) or the last run's. */
export function getoond(state: PaneState): (Cijferset & { geschreven: boolean }) | undefined {
  if (state.doorgerekend) return { ...state.doorgerekend, geschreven: false };
  return state.laatste?.soort === 'berekend' ? { ...state.laatste, geschreven: true } : undefined;
}
