import type { Dec } from './decimal';
import type { Doel, Uitleg } from './uitleg/types';

/** Severity of a message: an error stops everything, the others are written and listed. */
export type Ernst = 'fout' | 'waarschuwing' | 'controle';

/** A message with its place (sheet and A1 cell; both empty when the input did not come from a sheet). */
export interface Melding {
  ernst: Ernst;
  blad: string;
  cel: string;
  bericht: string;
}

/**
 * Where an input row came from: the sheet, its 1-based row number and the A1 address of each
 * field's cell. Rows built by hand (tests, custom functions) have no herkomst.
 */
export interface Herkomst {
  blad: string;
  rij: number;
  cellen: Readonly<Record<string, string>>;
  /**
   * Per field, the decimals its cell's number format shows (`#,##0.0` → 1; a key in `0%` → 2,
   * as a fraction): messages show a typed figure as its cell does. A field not here (`General`)
   * is shown as exact as it is, up to 6 decimals.
   */
  decimalen?: Readonly<Record<string, number>>;
  /** The key fields whose cell shows a percentage (`0%`, or the text `150%`): messages show them so. */
  procent?: readonly string[];
}

export interface PeriodeInvoer {
  periode: string;
  eersteJaar: number;
  laatsteJaar: number;
  herkomst?: Herkomst;
}

/** A verdeelsleutel: `onderdeel` may be `*` for every onderdeel of the pijler. */
export interface SleutelInvoer {
  pijler: string;
  onderdeel: string;
  rijksaandeel: Dec;
  herkomst?: Herkomst;
}

export interface OpgaveInvoer {
  periode: string;
  pijler: string;
  onderdeel: string;
  gebied: string;
  opgave: Dec;
  /** A per-row override of the verdeelsleutel. */
  verdeelsleutel?: Dec;
  /** The scenario the row belongs to; empty or missing: the row always counts. */
  scenario?: string;
  /** Where the estimate comes from (`Synthese 2024`, `Add-on fysieke pijler`, `Extrapolatie`); empty or missing: none given (issue 16). */
  bronRaming?: string;
  /** Fields the sheet gives as PM (pro memorie): they are 0, with a warning when the row counts. */
  pm?: readonly string[];
  herkomst?: Herkomst;
}

export interface DekkingInvoer {
  periode: string;
  pijler: string;
  bron: string;
  /** Empty: pillar level. */
  onderdeel: string;
  gebied: string;
  cofinanciering: Dec;
  rijksfinanciering: Dec;
  /** The scenario the row belongs to; empty or missing: the row always counts. */
  scenario?: string;
  /** Fields the sheet gives as PM (pro memorie): they are 0, with a warning when the row counts. */
  pm?: readonly string[];
  herkomst?: Herkomst;
}

/** Totaal/Totale/Subtotaal check a sum; Waarvan checks the Rijks part of the same block. */
export type ControleSoort = 'totaal' | 'subtotaal' | 'waarvan';

/**
 * A control row kept by the analyst ("Totale opgave fysieke pijler", "Waarvan Rijksdeel").
 * `regels` are the indices (into `opgave` or `dekking`) of the rows it totals; the workbook
 * layer derives them from the sheet's layout. `bedragen` holds the amounts the analyst typed,
 * by field name (`opgave` on the Opgave sheet; `cofinanciering`, `rijksfinanciering` on the
 * Dekking sheet).
 */
export interface ControleInvoer {
  blad: 'opgave' | 'dekking';
  soort: ControleSoort;
  label: string;
  regels: readonly number[];
  bedragen: Readonly<Record<string, Dec>>;
  herkomst?: Herkomst;
}

export interface Invoer {
  opgave: readonly OpgaveInvoer[];
  dekking: readonly DekkingInvoer[];
  /** Empty or missing: the defaults of MODEL.md. Rows here override or add to the defaults. */
  verdeelsleutels?: readonly SleutelInvoer[];
  /** Empty or missing: the defaults. Rows here add or redefine perioden. */
  perioden?: readonly PeriodeInvoer[];
  controles?: readonly ControleInvoer[];
}

export interface Opties {
  /** Largest difference a control row may show without a message (default 0.5 unit). */
  tolerantie?: Dec;
  /**
   * The scenarios switched on, by name (case, accents and spacing do not matter). Rows of a
   * scenario count only when it is on; rows without one always count. None: the base.
   */
  scenarios?: readonly string[];
  /**
   * The decimals the written output columns show (their number format): messages show computed
   * figures (sums, a control row's total, a dekking, an overschot) rounded to them, never so far
   * that a difference reads as 0. Missing: as exact as they are, up to 6. Figures stay exact.
   */
  uitvoerDecimalen?: number;
  /**
   * How the engine computes: by default in exact integers where the input allows it (every
   * amount and key exact at a common scale, every sum below 2⁵³), else in decimal.js. The
   * figures are the same; `decimaal` forces decimal.js (the tests compare both).
   */
  rekenpad?: Rekenpad;
}

/** `geheel`: exact integers (issue 15); `decimaal`: decimal.js. */
export type Rekenpad = 'geheel' | 'decimaal';

/** The figures of a pijler, or of a periode in total. */
export interface Cijfers {
  opgave: Dec;
  rijksdeel: Dec;
  dekking: Dec;
  rijksdekking: Dec;
  /** Saldering: max(0, opgave − dekking). */
  restopgave: Dec;
  restRijksopgave: Dec;
  /** Per onderdeel: Σ max(0, opgave_g − dekking_g). */
  restopgavePerOnderdeel: Dec;
  restRijksopgavePerOnderdeel: Dec;
  /** Σ overschot of the onderdelen. */
  overschot: Dec;
  rijksoverschot: Dec;
  /** Dekking that is counted in the pijler but in no onderdeel. */
  pijlerDekking: Dec;
  pijlerRijksdekking: Dec;
  jaarlijkseRestopgave: Dec;
  jaarlijkseRestRijksopgave: Dec;
}

/** The part of an opgave (and its Rijksdeel) that comes from one source of the estimate; `raming` '' for rows that name none (shown as `overig`). */
export interface RamingDeel {
  raming: string;
  opgave: Dec;
  rijksdeel: Dec;
}

export interface OnderdeelCijfers {
  onderdeel: string;
  gebied: string;
  opgave: Dec;
  /** rijksdeel / opgave; the key in force when all rows share one. */
  verdeelsleutel: Dec;
  rijksdeel: Dec;
  dekking: Dec;
  rijksdekking: Dec;
  restopgave: Dec;
  restRijksopgave: Dec;
  overschot: Dec;
  rijksoverschot: Dec;
  jaarlijkseRestopgave: Dec;
  /** Indices into `Invoer.opgave` of the rows of this onderdeel. */
  regels: number[];
}

export interface PijlerResultaat extends Cijfers {
  pijler: string;
  onderdelen: OnderdeelCijfers[];
  /**
   * The opgave and Rijksdeel per source of the estimate (Tabel 2: Synthese 2024, Add-on fysieke
   * pijler), when the workbook gives sources (`OpgaveInvoer.bronRaming`): one part per
   * `PeriodeResultaat.ramingen`, in that order, 0 where this pijler has none of it. They add up
   * to `opgave` and `rijksdeel`.
   */
  perRaming?: RamingDeel[];
}

export interface PeriodeResultaat {
  periode: string;
  eersteJaar: number;
  laatsteJaar: number;
  jaren: number;
  pijlers: PijlerResultaat[];
  totaal: Cijfers;
  /**
   * The sources of the estimate of this periode's rows that count, in the order of their first
   * row ('' last: rows that name none); missing when no row of the workbook names a source.
   */
  ramingen?: string[];
  /** The periode's total per source, as `PijlerResultaat.perRaming`. */
  perRaming?: RamingDeel[];
}

/** The computed columns of one Opgave row (its share of its onderdeel), or of a control row. */
export interface RegelCijfers {
  rijksdeel: Dec;
  dekking: Dec;
  rijksdekking: Dec;
  restopgave: Dec;
  restRijksopgave: Dec;
  jaarlijkseRestopgave: Dec;
  overschot: Dec;
}

/** The computed column of one Dekking row. */
export interface DekkingRegelCijfers {
  /** cofinanciering + Rijksfinanciering. */
  totaleDekking: Dec;
}

/**
 * Figures per row, kept as columns: one `Float64Array` per field holds the figures as a cell
 * holds them (each exact figure correctly rounded to a double, so that writing them costs
 * nothing), and `at` gives a row's exact figures as Decimals (for the Uitleg, the control rows,
 * JSON). Whichever way the engine computed (exact integers or decimal.js), both are the same.
 */
export interface Columns<T> {
  readonly length: number;
  column(veld: keyof T & string): Float64Array;
  at(index: number): T;
}

/**
 * A control row's block totals. `jaarlijkseRestopgave` is null when the rows of the block lie in
 * more than one periode: a sum of yearly figures of periods of different lengths (or of
 * different years) is no yearly figure; the sheet's cell stays empty.
 */
export interface ControleCijfers extends Omit<RegelCijfers, 'jaarlijkseRestopgave'> {
  jaarlijkseRestopgave: Dec | null;
  opgave: Dec;
  cofinanciering: Dec;
  rijksfinanciering: Dec;
  totaleDekking: Dec;
}

export type UitgangspuntBron = 'standaard' | 'werkmap';

export interface SleutelInGebruik {
  pijler: string;
  onderdeel: string;
  rijksaandeel: Dec;
  bron: UitgangspuntBron;
  /** The Verdeelsleutels row it comes from (`bron: 'werkmap'`). */
  herkomst?: Herkomst;
}

export interface PeriodeInGebruik {
  periode: string;
  eersteJaar: number;
  laatsteJaar: number;
  jaren: number;
  bron: UitgangspuntBron;
}

/** A scenario named in the rows, in the order of its first row, and whether it was on. */
export interface ScenarioInGebruik {
  naam: string;
  aan: boolean;
  opgaveRegels: number;
  dekkingRegels: number;
}

export interface Resultaat {
  perioden: PeriodeResultaat[];
  /** One per `Invoer.opgave` row, same order. */
  regels: Columns<RegelCijfers>;
  /** One per `Invoer.dekking` row, same order. */
  dekkingRegels: Columns<DekkingRegelCijfers>;
  /** One per `Invoer.controles` row: the recomputed totals of its block. */
  controles: ControleCijfers[];
  sleutels: SleutelInGebruik[];
  periodenInGebruik: PeriodeInGebruik[];
  /** Warnings and control messages (never errors: those make the result not ok). */
  meldingen: Melding[];
  /** The scenarios of the rows (none: an empty list). */
  scenarios: ScenarioInGebruik[];
  /**
   * The rows that did not count because their scenario was off (indices into `Invoer.opgave`
   * and `Invoer.dekking`): their figures in `regels` and `dekkingRegels` are 0 and are not shown.
   */
  nietMeegeteld: { opgave: number[]; dekking: number[] };
  /** How the figures were computed (`Opties.rekenpad`): the same figures either way. */
  rekenpad: Rekenpad;
}

export type Uitkomst =
  | {
      ok: true;
      resultaat: Resultaat;
      /** How an output figure was made (the derivation); undefined when there is no such figure. */
      uitleg: (doel: Doel) => Uitleg | undefined;
    }
  | { ok: false; meldingen: Melding[] };
