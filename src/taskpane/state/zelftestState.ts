import type { StapUitkomst, ZelftestRapport, ZelftestStap } from '../../workbook';

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

const goed = (stap: ZelftestStap) => stap.uitkomst.soort === 'ok' && (stap.onderdelen ?? []).every((o) => o.uitkomst.soort === 'ok');

/** `Zelftest geslaagd: 13 van 13 stappen goed`, `Zelftest: 2 van 13 stappen niet goed`. */
export function oordeel({ stappen, geslaagd }: ZelftestRapport): string {
  const fout = stappen.filter((s) => !goed(s)).length;
  if (geslaagd && fout === 0) return `Zelftest geslaagd: ${stappen.length} van ${stappen.length} stappen goed`;
  return `Zelftest: ${fout} van ${stappen.length} ${stappen.length === 1 ? 'stap' : 'stappen'} niet goed`;
}

/** A step's or check's outcome in a few Dutch words (an afwijking's lines apart: `uitkomst.verschillen`). */
export function uitkomstTekst(uitkomst: StapUitkomst): string {
  switch (uitkomst.soort) {
    case 'ok':
      return uitkomst.details ? `ok: ${uitkomst.details}` : 'ok';
    case 'fout':
      return `fout ${uitkomst.code}: ${uitkomst.bericht}${uitkomst.plaats ? ` (${uitkomst.plaats})` : ''}`;
    case 'niet ondersteund':
      return `niet ondersteund (vereist ${uitkomst.vereist})`;
    case 'overgeslagen':
      return `overgeslagen (${uitkomst.reden})`;
    case 'afwijking':
      return 'afwijking';
  }
}
