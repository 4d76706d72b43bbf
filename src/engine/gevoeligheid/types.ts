import type { Dec } from '../decimal';
import type { Herkomst, Melding, Resultaat } from '../types';
import type { Plek } from '../uitleg/types';

/**
 * Issue 19, gevoeligheid: how the rest-Rijksopgave moves when one verdeelsleutel alone moves by
 * −d and +d percentage points, everything else held.
 *
 * A key is that of one onderdeel in one periode (`soort: 'onderdeel'`: all its rows that count,
 * whether their key comes from the row, the Verdeelsleutels sheet or the defaults), or a pijler's
 * key `*` in one periode (`soort: 'pijler'`: the rows of every onderdeel that has no key of its
 * own, moved together).
 */
export type SleutelSoort = 'onderdeel' | 'pijler';

/** `gevarieerd`: computed; `pm`: a row gives its key as PM; `scenarioUit`: its rows are all of scenarios that are off. */
export type GevoeligheidStatus = 'gevarieerd' | 'pm' | 'scenarioUit';

/** The figures of one state (the base, or a variant): Rijksdeel and rests around the key. */
export interface GevoeligheidCijfers {
  /** The key: the one in force, or (rows with different keys) Rijksdeel ÷ opgave of its rows. */
  sleutel: Dec;
  /** Opgave of the key's rows that count (the same in every state). */
  opgave: Dec;
  /** Rijksdeel of the key's rows: opgave × key per row. */
  rijksdeel: Dec;
  /** Rijksdekking of the onderdelen the key is for (the same in every state). */
  rijksdekking: Dec;
  /** Σ rest-Rijksopgave of those onderdelen (per gebied), each max(0; Rijksdeel − Rijksdekking). */
  restOnderdeel: Dec;
  /** Rest-Rijksopgave of its pijler, by saldering and per onderdeel. */
  pijlerSaldering: Dec;
  pijlerPerOnderdeel: Dec;
  /** Rest-Rijksopgave of its periode in total, by saldering and per onderdeel. */
  totaalSaldering: Dec;
  totaalPerOnderdeel: Dec;
}

export type GevoeligheidVeld = Exclude<keyof GevoeligheidCijfers, 'opgave' | 'rijksdekking'>;
export const GEVOELIGHEID_VELDEN: readonly GevoeligheidVeld[] = [
  'sleutel',
  'rijksdeel',
  'restOnderdeel',
  'pijlerSaldering',
  'pijlerPerOnderdeel',
  'totaalSaldering',
  'totaalPerOnderdeel',
];

/** One variant: the key moved by `stap` percentage points (clamped to 0–100% per row). */
export interface GevoeligheidVariant {
  /** Signed, in percentage points: −10, −5, 5, 10. */
  stap: number;
  cijfers: GevoeligheidCijfers;
  /** cijfers − basis, field by field. */
  delta: GevoeligheidCijfers;
}

/** Where a key comes from: a row's own Verdeelsleutel, the Verdeelsleutels sheet, the defaults of MODEL.md. */
export type SleutelHerkomst = 'regel' | 'werkmap' | 'standaard';

export interface SleutelGevoeligheid {
  /** Periode, pijler and onderdeel as the result names them; onderdeel `*` for a pijler key. */
  periode: string;
  pijler: string;
  onderdeel: string;
  soort: SleutelSoort;
  /** The onderdelen (as the result names them) whose rows the key moves. */
  onderdelen: string[];
  /** Where its rows' keys come from, each kind once. */
  herkomst: SleutelHerkomst[];
  /** The Verdeelsleutels row it comes from, when it does. */
  sleutelRij?: Herkomst;
  /** Indices into `Invoer.opgave` of the rows it moves (those that count; with `scenarioUit`, those of the scenario). */
  regels: number[];
  status: GevoeligheidStatus;
  /** The scenarios of its rows when `status` is `scenarioUit`. */
  scenarios?: string[];
  /** Whether its rows have more than one key: then `sleutel` is Rijksdeel ÷ opgave and each row moves by d. */
  gemengd: boolean;
  basis: GevoeligheidCijfers;
  /** In the order of `stappen`; empty unless `gevarieerd`. */
  varianten: GevoeligheidVariant[];
  /**
   * The kantelpunt: the highest key at which the rest-Rijksopgave of its onderdelen is 0 (per
   * onderdeel and gebied: the least Rijksdekking ÷ opgave); undefined when its rows have
   * different keys or no opgave.
   */
  kantelpunt?: Dec;
  /** The key in force against the kantelpunt: `boven` (a rest), `onder` (none, room left), `op`. */
  kantelStand?: 'boven' | 'onder' | 'op';
}

export interface Gevoeligheid {
  /** The steps computed, in percentage points, signed and ascending: [−10, −5, 5, 10]. */
  stappen: number[];
  /** Sorted: the largest |Δ| of the periode's rest-Rijksopgave by saldering first; keys not varied last. */
  sleutels: SleutelGevoeligheid[];
  /** The scenarios that were on. */
  scenarios: string[];
}

/** A Δ cell of the gevoeligheid: one key, one step, one figure. */
export interface GevoeligheidDoel {
  periode: string;
  pijler: string;
  onderdeel: string;
  soort: SleutelSoort;
  stap: number;
  veld: GevoeligheidVeld;
}

/** A line of the Uitleg with the cells it comes from (links in the pane). */
export interface UitlegRegel {
  tekst: string;
  plekken: Plek[];
}

export type GevoeligheidUitkomst =
  | {
      ok: true;
      gevoeligheid: Gevoeligheid;
      resultaat: Resultaat;
      meldingen: Melding[];
      /**
       * The Uitleg of a Δ (a key, a step, a figure), from this run's base and its rows: the key,
       * the Rijksdeel and each max(0; …) before and after, with the cells; undefined for a key
       * not in use (no row of it counts).
       */
      uitleg: (doel: GevoeligheidDoel) => UitlegRegel[] | undefined;
    }
  | { ok: false; meldingen: Melding[] };
