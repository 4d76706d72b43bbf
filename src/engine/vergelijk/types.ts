import type { Dec } from '../decimal';
import type { Invoer, Melding } from '../types';

/**
 * Comparing two versions of an estimate (issue 17): old and new figures per periode → pijler →
 * onderdeel → gebied, and each difference of the restopgave and rest-Rijksopgave split into its
 * causes, by substituting the new input into the old one in a fixed order.
 */

/** One side of a comparison: the input, and the scenarios that were on. */
export interface Versiestand {
  invoer: Invoer;
  scenarios: readonly string[];
}

/** The causes, in the order they are substituted: old → opgave → dekking → keys → structure → scenarios → new. */
export type Oorzaak = 'opgave' | 'dekking' | 'sleutels' | 'structuur' | 'scenarios';
export const OORZAKEN: readonly Oorzaak[] = ['opgave', 'dekking', 'sleutels', 'structuur', 'scenarios'];

/** The figures compared. At pijler and periode level `restopgave` is by saldering; per onderdeel is its own field. */
export type VergelijkVeld =
  | 'opgave'
  | 'dekking'
  | 'rijksdeel'
  | 'rijksdekking'
  | 'restopgave'
  | 'restRijksopgave'
  | 'restopgavePerOnderdeel'
  | 'restRijksopgavePerOnderdeel';
export const VERGELIJK_VELDEN: readonly VergelijkVeld[] = [
  'opgave',
  'dekking',
  'rijksdeel',
  'rijksdekking',
  'restopgave',
  'restRijksopgave',
  'restopgavePerOnderdeel',
  'restRijksopgavePerOnderdeel',
];
/** The fields whose difference is split into causes. */
export type RestVeld = 'restopgave' | 'restRijksopgave' | 'restopgavePerOnderdeel' | 'restRijksopgavePerOnderdeel';
export const REST_VELDEN: readonly RestVeld[] = ['restopgave', 'restRijksopgave', 'restopgavePerOnderdeel', 'restRijksopgavePerOnderdeel'];

export interface Verschil {
  oud: Dec;
  nieuw: Dec;
  /** nieuw − oud, exact. */
  verschil: Dec;
}

/**
 * One cause's part of the differences of a node: the change of each rest field when this step
 * was substituted. The parts of a node, in order, add up exactly to its `verschil`. `bron` names
 * the dekking bron for the dekking step (one part per bron that changed); '' otherwise.
 */
export interface Deel {
  oorzaak: Oorzaak;
  bron: string;
  bedragen: Record<RestVeld, Dec>;
}

/** `beide`: in both versions; `toegevoegd`: only in the new; `vervallen`: only in the old. */
export type Status = 'beide' | 'toegevoegd' | 'vervallen';

export interface Knoop {
  /** Name as the new version spells it (the old one's when vervallen). */
  naam: string;
  status: Status;
  cijfers: Record<VergelijkVeld, Verschil>;
  /** Parts with a non-zero amount in at least one rest field, in the order of OORZAKEN (dekking per bron in order of first row). */
  delen: Deel[];
}

export type GebiedVergelijking = Knoop;
export interface OnderdeelVergelijking extends Knoop {
  /** Empty when neither version names a gebied for this onderdeel. */
  gebieden: GebiedVergelijking[];
}
export interface PijlerVergelijking extends Knoop {
  onderdelen: OnderdeelVergelijking[];
}
export interface PeriodeVergelijking extends Knoop {
  pijlers: PijlerVergelijking[];
}

/** Where a changed input sits in one version: its place (`Opgave!E7`, empty when the row has no herkomst) and its value as text. */
export interface Waarde {
  plaats: string;
  tekst: string;
}

/**
 * A change of the input that a part comes from: an amount, a key or a row of one version that
 * differs from the other, with the cells in both. `veld` names the field (`opgave`,
 * `cofinanciering`, `rijksfinanciering`, `verdeelsleutel`, `eersteJaar`, …) or '' for a whole row.
 */
export interface Wijziging {
  oorzaak: Oorzaak;
  soort: 'gewijzigd' | 'toegevoegd' | 'vervallen' | 'aan' | 'uit';
  periode: string;
  pijler: string;
  onderdeel: string;
  gebied: string;
  /** The dekking bron (dekking rows), or the scenario (scenarios step); else ''. */
  bron: string;
  veld: string;
  oud?: Waarde;
  nieuw?: Waarde;
}

export interface Vergelijking {
  /** The perioden both versions have, in the new version's order. */
  perioden: PeriodeVergelijking[];
  /** The changes of the input, in the order of OORZAKEN. */
  wijzigingen: Wijziging[];
  /** Warnings of the comparison itself: perioden only one version has (not compared), … */
  meldingen: Melding[];
  /**
   * The warnings and control messages of each version's own computation, each saying which
   * version gives it (`nieuwe versie: …`, `oude versie, Opgave!D10: …`, or `beide versies: …` once
   * for one both give): never a figure without its word.
   */
  versieMeldingen: Melding[];
}

/** A comparison, or the errors of either version (their `bericht` says which: `oud` / `nieuw`). */
export type VergelijkUitkomst = { ok: true; vergelijking: Vergelijking } | { ok: false; meldingen: Melding[] };

/** A node of a comparison: periode, then optionally pijler, onderdeel, gebied (names as in the Vergelijking). */
export interface VergelijkDoel {
  periode: string;
  pijler?: string;
  onderdeel?: string;
  gebied?: string;
  veld: VergelijkVeld;
}

/** The Uitleg of one difference: the node's figures and each part with the changes of the input it comes from. */
export interface VerschilUitleg {
  doel: VergelijkDoel;
  cijfer: Verschil;
  delen: { deel: Deel; bedrag: Dec; wijzigingen: Wijziging[] }[];
}
