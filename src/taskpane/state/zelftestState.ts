import { oordeel, UITKOMST_WOORD, uitkomstTekst, type StapUitkomst, type ZelftestRapport } from '../../workbook';

/** The pane's part of issue 20: the last Zelftest's report, until the analyst closes it. */
export interface ZelftestState {
  zelftest?: ZelftestRapport;
  /** The Zelftest itself could not run (it should not happen): what the pane says instead of a report. */
  zelftestFout?: string;
}

export type ZelftestActie =
  { type: 'zelftest'; rapport: ZelftestRapport } | { type: 'zelftest mislukt'; tekst: string } | { type: 'zelftest sluiten' };

/** What a run keeps: the report stays on view until it is closed. */
export const zelftestDeel = ({ zelftest, zelftestFout }: ZelftestState): ZelftestState => ({ zelftest, zelftestFout });

/** The Zelftest's part of the pane's state machine; its outcome ends the busy spell. */
export function zelftestReducer<S extends ZelftestState & { bezig: boolean }>(state: S, actie: ZelftestActie): S {
  switch (actie.type) {
    case 'zelftest':
      return { ...state, bezig: false, zelftest: actie.rapport, zelftestFout: undefined };
    case 'zelftest mislukt':
      return { ...state, bezig: false, zelftest: undefined, zelftestFout: actie.tekst };
    case 'zelftest sluiten':
      return { ...state, zelftest: undefined, zelftestFout: undefined };
  }
}

/** `Zelftest geslaagd (12 van 12 stappen ok)`, `Zelftest niet geslaagd (2 van 12 stappen niet ok)`: the report's own verdict. */
export function paneOordeel(rapport: ZelftestRapport): string {
  return `Zelftest ${oordeel(rapport)}`;
}

/**
 * An outcome as the pane says it: `ok`, `ok: 3 bladen`, `fout: InvalidArgument: …`,
 * `niet ondersteund (vereist ExcelApi 1.12)`, `overgeslagen (reden)`, `afwijking: 2 verschillen`;
 * the details as the report's text gives them (an afwijking's lines apart).
 */
export function paneUitkomst(uitkomst: StapUitkomst): string {
  const woord = UITKOMST_WOORD[uitkomst.soort].toLowerCase();
  const details = uitkomstTekst(uitkomst);
  if (!details) return woord;
  return uitkomst.soort === 'niet ondersteund' || uitkomst.soort === 'overgeslagen' ? `${woord} (${details})` : `${woord}: ${details}`;
}
