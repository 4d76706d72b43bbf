import type { HarnessNaam, RobustSheet } from './harnesses';
import { NIEUWBOUW_CIJFERS, ONDERWIJS_CIJFERS, TOTALE_OPGAVE, type Regelcijfers } from './werkmap';

/** Errors: every message as the command line prints it (`fout Opgave!E2: …`), and nothing written. */
export interface Fouten {
  fouten: string[];
}

/** A result: the figures written and the warnings and control messages (`waarschuwing Dekking!D4: …`). */
export interface Goed {
  meldingen: string[];
  /** The Opgave sheet as the workbook spells it, its first owned column, its header row, and row → its seven figures. */
  opgaveBlad: string;
  opgaveKolom: string;
  opgaveKop: number;
  opgaveRijen: Record<number, Regelcijfers>;
  /** The Dekking sheet, its owned column (Totale dekking), header row, and row → Totale dekking. */
  dekkingBlad: string;
  dekkingKolom: string;
  dekkingKop: number;
  dekkingRijen: Record<number, number>;
  /** The Totaalbeeld's first `Totale opgave` row: opgave, dekking, restopgave, per jaar, per onderdeel; null when there is no periode. */
  totaleOpgave: number[] | null;
  /** The Totaalbeeld sheet as it is spelled after the run. */
  totaalbeeld: string;
  /** Cells of the Totaalbeeld sheet that must be empty after the run (an earlier run's cells the new layout does not cover). */
  totaalbeeldLeeg: string[];
  /** Cells of the Totaalbeeld sheet the analyst filled, outside the earlier run's cells: the same after the run (issue 12). */
  totaalbeeldBlijft: string[];
  /** The unit the Totaalbeeld names (`Bedragen in mln euro`) and the number format of the written amounts (issue 12). */
  eenheid: string;
  getalnotatie: string;
}

/** The adapter refuses to read the workbook (too large for it, issue 13): what it throws says this, and nothing is written. */
export interface Geweigerd {
  geweigerd: RegExp;
}

export interface Geval {
  soort: string;
  werkmap: RobustSheet[];
  verwacht: Fouten | Goed;
  /** Where an adapter holds the workbook otherwise (the in-memory Excel calculates a formula without a value, as Excel does): its outcome. */
  verwachtOp?: Partial<Record<HarnessNaam, Fouten | Goed | Geweigerd>>;
  /** A large case (a used range of a million rows or more): `npm test` runs it, `npm run test:unit` leaves it out (test/support/groteGevallen.ts). */
  groot?: true;
}

/** The result of the base workbook (werkmap.ts), with changes. */
export function goed(over: Partial<Goed> = {}): Goed {
  return {
    meldingen: [],
    opgaveBlad: 'Opgave',
    opgaveKolom: 'F',
    opgaveKop: 1,
    opgaveRijen: { 2: NIEUWBOUW_CIJFERS, 3: ONDERWIJS_CIJFERS },
    dekkingBlad: 'Dekking',
    dekkingKolom: 'G',
    dekkingKop: 1,
    dekkingRijen: { 2: 160, 3: 60 }, // 100 + 60, 20 + 40
    totaleOpgave: TOTALE_OPGAVE,
    totaalbeeld: 'NPLV Totaalbeeld',
    totaalbeeldLeeg: [],
    totaalbeeldBlijft: [],
    eenheid: 'mln euro',
    getalnotatie: '#,##0.0',
    ...over,
  };
}

export const fouten = (...lijst: string[]): Fouten => ({ fouten: lijst });
