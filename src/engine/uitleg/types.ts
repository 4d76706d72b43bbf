import type { Dec } from '../decimal';
import type { Cijfers, ControleCijfers, OnderdeelCijfers, RegelCijfers } from '../types';
import type { GebiedCijfers } from '../overzicht';

/** The figures of a pijler or of a periode's total, by field name. */
export type CijferVeld = keyof Cijfers;
export type OnderdeelVeld = Exclude<keyof OnderdeelCijfers, 'onderdeel' | 'gebied' | 'regels'>;

/**
 * An output figure to explain: every kind the add-in shows. `regel`: a column of an Opgave
 * row; `totaleDekking`: the column of a Dekking row; `controle`: a control row's recomputed
 * total; `onderdeel`, `pijler`, `totaal`: the figures of the Totaalbeeld. Names of perioden,
 * pijlers, onderdelen and gebieden as the result spells them.
 */
export type Doel =
  | { soort: 'regel'; index: number; veld: keyof RegelCijfers }
  | { soort: 'totaleDekking'; index: number }
  | { soort: 'controle'; index: number; veld: keyof ControleCijfers }
  | { soort: 'onderdeel'; periode: string; pijler: string; onderdeel: string; gebied: string; veld: OnderdeelVeld }
  | { soort: 'pijler'; periode: string; pijler: string; veld: CijferVeld }
  | { soort: 'totaal'; periode: string; veld: CijferVeld }
  /** Issue 16, Tabel 1: over all perioden together. */
  | { soort: 'overPerioden'; veld: OverPeriodenVeld }
  /** Issue 16, Tabel 6/9/13: an onderdeel over all its gebieden. */
  | { soort: 'landelijk'; periode: string; pijler: string; onderdeel: string; veld: OnderdeelVeld }
  /** Issue 16: a gebied in a periode (all pijlers, or one). */
  | { soort: 'gebied'; periode: string; gebied: string; pijler?: string; veld: GebiedVeld }
  /** Issue 16, Tabel 2: the opgave or Rijksdeel from one source of the estimate ('' = overig), in a pijler or (without) the periode's total. */
  | { soort: 'raming'; periode: string; raming: string; pijler?: string; veld: 'opgave' | 'rijksdeel' };

export type OverPeriodenVeld = 'restopgave' | 'restRijksopgave' | 'jaarlijkseRestopgave' | 'jaarlijkseRestRijksopgave';
export type GebiedVeld = Exclude<keyof GebiedCijfers, 'gebied'>;

/** A place in the workbook: a sheet and an A1 cell or range (`E4:F4`). */
export interface Plek {
  blad: string;
  cel: string;
}

/** One part of a term: an input row (a dekking source, an onderdeel) with its amounts, added. */
export interface UitlegDeel {
  /** What it is: `Realisatiestimulans`, `Nieuwbouw`, `Fysiek`. */
  label: string;
  /** Its amounts, to be added (a dekking row: cofinanciering and Rijksfinanciering). */
  bedragen: Dec[];
  /** Where they are in the workbook; empty for rows not read from a sheet. */
  plekken: Plek[];
  /** How much of it counts, when not all: `× 100/445 (naar rato van de opgave per gebied)`. */
  deel?: string;
  /** How its amount was made, when it is a figure itself: `max(0; 445 − 290)`, `445 × 50%`. */
  berekening?: string;
}

/** An input of the formula, by its name in the formula, with its value and where it comes from. */
export interface UitlegTerm {
  /** `opgave`, `dekking`, `verdeelsleutel`, `jaren`. */
  naam: string;
  waarde: Dec;
  /** Its parts when it is a sum of rows; empty for a single cell or a setting. */
  delen: UitlegDeel[];
  /** Its cells when it is read directly. */
  plekken: Plek[];
  /** Where a value not in a cell comes from: `standaard (MODEL.md)`, `periode tot 2030: 2026–2029`. */
  bron?: string;
  /** A fraction shown as a percentage (a verdeelsleutel): `50%`. */
  procent?: boolean;
}

/**
 * How one output figure was made: the formula of MODEL.md, the same with the actual inputs
 * filled in, the result, and each input with its cells (issue 7, "Uitleg"). The engine
 * records it; front ends only render it (`uitlegRegels`).
 */
export interface Uitleg {
  /** `Restopgave Nieuwbouw tot 2030`. */
  onderwerp: string;
  /** The formula with names: `max(0; opgave − dekking)`. */
  formule: string;
  /** The formula with the inputs: `max(0; 445 − 290)`. */
  ingevuld: string;
  waarde: Dec;
  termen: UitlegTerm[];
  /** The scenarios that were on (empty: the base). */
  scenarios: string[];
  /** A fraction shown as a percentage (a verdeelsleutel): `50%`. */
  procent?: boolean;
  /**
   * Set when the doel is a row of a scenario that is off: the row does not count, its figure
   * is 0, `formule` says why, `ingevuld` is `0` and there are no termen.
   */
  nietMeegeteld?: { scenario: string };
  /**
   * Set when the cell shows no figure: a control row whose rows lie in more than one periode
   * has no yearly figure. `formule` says why, `waarde` is 0 and there are no termen.
   */
  geenCijfer?: boolean;
}
