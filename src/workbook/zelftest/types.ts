import type { SheetContent } from '../port';
import type { GoldenCijfers } from './golden';

/** How one step of the Zelftest ended. */
export type StapUitkomst =
  | { soort: 'ok'; /** What it found, in a few words (a value read, a mode). */ details?: string }
  /** Excel refused: its error code (`GeneralException`, `InvalidArgument`, …), message and, where Excel gives it, the place. */
  | { soort: 'fout'; code: string; bericht: string; plaats?: string }
  /** The host lacks the requirement set the step needs (`ExcelApi 1.12`): not run. */
  | { soort: 'niet ondersteund'; vereist: string }
  /** Not run because an earlier step it builds on failed (the temporary sheet was not made). */
  | { soort: 'overgeslagen'; reden: string }
  /** It ran, and what came back is not what was expected: each difference a line. */
  | { soort: 'afwijking'; verschillen: string[] };

export interface ZelftestStap {
  naam: string;
  /** The requirement set it needs, as `ExcelApi 1.12`. */
  vereist: string;
  uitkomst: StapUitkomst;
  /** `context.sync()` calls it made. */
  syncs: number;
  ms: number;
  /** Checks inside the step (a function and its value): each with its own outcome. */
  onderdelen?: { naam: string; uitkomst: StapUitkomst }[];
}

/** A requirement set and whether the host has it. */
export interface Vereiste {
  naam: string;
  versie: string;
  ondersteund: boolean;
}

/** What the face knows of Office: `Office.context.diagnostics` and `isSetSupported`. */
export interface ZelftestOmgeving {
  host: string;
  platform: string;
  /** Office's version, as `16.0.17928.20114`. */
  versie: string;
  /** The add-in's own version (package.json). */
  addin: string;
  isSetSupported(naam: string, versie: string): boolean;
  /** Now, for the report's time (the tests pass a fixed one). */
  nu(): Date;
  /** The example's Opgave and Dekking sheets (as *Voorbeeld invoegen* writes them), copied onto the temporary sheet. */
  voorbeeld: { opgave: SheetContent; dekking: SheetContent };
  /** What the model yields on the example (golden.json). */
  golden: GoldenCijfers;
  /** How long to wait for Excel to finish the custom functions (`#BUSY!`), in ms; 30 s when absent. */
  geduld?: number;
}

export interface ZelftestRapport {
  tijdstip: Date;
  host: string;
  platform: string;
  versie: string;
  addin: string;
  vereisten: Vereiste[];
  stappen: ZelftestStap[];
  /** The temporary sheet's name. */
  blad: string;
  /** The temporary sheet could not be removed: it is still there (hidden), for the analyst to remove. */
  achtergelaten: boolean;
  /** Every step ok (a step the host does not support counts as not ok: the add-in needs it). */
  geslaagd: boolean;
}
